import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { EXPORT_FORMATS, ExportFormat } from '../export-format';

/** `hsds-package`: the tabular data package as a zip; `hsds-json`: a list of full HSDS services. */
export class ExportQueryDto {
  @ApiProperty({ enum: EXPORT_FORMATS })
  @IsIn(EXPORT_FORMATS, { message: 'format skal være hsds-package eller hsds-json.' })
  format!: ExportFormat;
}
