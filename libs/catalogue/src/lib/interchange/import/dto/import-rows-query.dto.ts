import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQueryDto } from '@socialkompas/http';

/** A page of an import's report; `only=problems` keeps the rows with an error or a warning. */
export class ImportRowsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ['problems'] })
  @IsOptional()
  @IsIn(['problems'], { message: 'only kan kun være problems.' })
  only?: 'problems';
}
