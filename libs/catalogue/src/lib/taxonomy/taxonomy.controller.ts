import {
  BadRequestException,
  Body,
  Controller,
  Get,
  Param,
  ParseEnumPipe,
  Patch,
  Post,
  UseInterceptors,
} from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor } from '@socialkompas/auth';
import { ApiProblemResponses, EDITORIAL_ROLES, Public, Roles, uuidParam } from '@socialkompas/http';
import { TenantUnitOfWorkInterceptor } from '@socialkompas/tenancy';
import { TermFieldsDto, UpdateTermDto } from './dto/term-fields.dto';
import { TermView, VocabularyList } from './taxonomy-view';
import { VOCABULARIES, Vocabulary } from './taxonomy.entity';
import { TaxonomyService } from './taxonomy.service';

const vocabularyParam = new ParseEnumPipe(Object.fromEntries(VOCABULARIES.map((code) => [code, code])), {
  exceptionFactory: () =>
    new BadRequestException({
      title: 'Ugyldig adresse',
      errors: [{ field: 'vocabulary', message: `vocabulary skal være en af ${VOCABULARIES.join(', ')}.` }],
    }),
});

@ApiTags('taxonomy')
@Controller('api/v1/taxonomy')
@UseInterceptors(TenantUnitOfWorkInterceptor)
export class TaxonomyController {
  constructor(private readonly taxonomy: TaxonomyService) {}

  /** Every vocabulary and its terms with synonyms: what the search filters by. */
  @Get()
  @Public()
  @ApiOkResponse({ type: VocabularyList })
  all(): Promise<VocabularyList> {
    return this.taxonomy.all();
  }

  @Post(':vocabulary/terms')
  @Roles(...EDITORIAL_ROLES)
  @ApiCreatedResponse({ type: TermView })
  @ApiProblemResponses(400, 409)
  addTerm(
    @Param('vocabulary', vocabularyParam) vocabulary: Vocabulary,
    @Body() fields: TermFieldsDto,
    @CurrentActor() actor: Actor,
  ): Promise<TermView> {
    return this.taxonomy.addTerm(vocabulary, fields, actor);
  }

  @Patch('terms/:id')
  @Roles(...EDITORIAL_ROLES)
  @ApiOkResponse({ type: TermView })
  @ApiProblemResponses(400, 404, 409)
  updateTerm(
    @Param('id', uuidParam) id: string,
    @Body() changes: UpdateTermDto,
    @CurrentActor() actor: Actor,
  ): Promise<TermView> {
    return this.taxonomy.updateTerm(id, changes, actor);
  }
}
