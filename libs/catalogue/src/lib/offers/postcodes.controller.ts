import { Controller, Get, NotFoundException, Param, PipeTransform } from '@nestjs/common';
import { ApiOkResponse, ApiParam, ApiProperty, ApiTags } from '@nestjs/swagger';
import { postcodeArea } from '@socialkompas/denmark';
import { ApiProblemResponses, invalidParameter, Public } from '@socialkompas/http';

/** A Danish postcode's town or area and its approximate centre, from the shipped table. */
export class PostcodeAreaView {
  @ApiProperty({ example: '8000' })
  postcode!: string;

  @ApiProperty({ example: 'Aarhus C' })
  name!: string;

  @ApiProperty({ example: 56.1567 })
  latitude!: number;

  @ApiProperty({ example: 10.2108 })
  longitude!: number;
}

const postcodeParam: PipeTransform<string, string> = {
  transform: (value) => {
    if (!/^[0-9]{4}$/.test(value)) {
      throw invalidParameter('postcode', 'Postnummer skal være et dansk postnummer med 4 cifre.');
    }
    return value;
  },
};

/**
 * The postcode table the API places offers with, for forms that fill in the town and show where a
 * place without coordinates of its own will be put. The same for every tenant: it holds no tenant data.
 */
@ApiTags('search')
@Controller('api/v1')
@Public()
export class PostcodesController {
  @Get('postcodes/:postcode')
  @ApiParam({ name: 'postcode', example: '8000' })
  @ApiOkResponse({ type: PostcodeAreaView })
  @ApiProblemResponses(400, 404)
  get(@Param('postcode', postcodeParam) postcode: string): PostcodeAreaView {
    const area = postcodeArea(postcode);
    if (!area) {
      throw new NotFoundException({
        title: 'Postnummeret findes ikke',
        detail: `Postnummer ${postcode} er ikke et dansk postnummer, vi kender.`,
      });
    }
    return { ...area };
  }
}
