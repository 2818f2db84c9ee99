import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageOf } from '@socialkompas/http';
import { SHEET_FIELD_KEYS, SheetFieldKey } from './import-fields';

export const IMPORT_FORMATS = ['hsds_package', 'hsds_json', 'sheet'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/**
 * needs_mapping: a sheet whose required fields have no column yet; checking: the dry run is
 * running; checked: the report is ready and nothing is written; applying / applied: the rows are
 * being or have been written; failed: the file could not be read (see fileProblems).
 */
export const IMPORT_STATUSES = [
  'needs_mapping',
  'checking',
  'checked',
  'applying',
  'applied',
  'failed',
] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

export const ROW_ACTIONS = ['create', 'update', 'unchanged', 'invalid'] as const;
export type RowAction = (typeof ROW_ACTIONS)[number];

export const PROBLEM_SEVERITIES = ['error', 'warning'] as const;
export type ProblemSeverity = (typeof PROBLEM_SEVERITIES)[number];

/** One thing wrong with a file or a row. An error keeps the row (or the file) out; a warning does not. */
export class ImportProblem {
  @ApiProperty({
    example: 'postalCode',
    description:
      'The field: a sheet field key, `file`, `columns.<key>`, `topics.<vocabulary>`, or `duplicate` (looks like an offer already in the catalogue)',
  })
  field!: string;

  @ApiProperty({ example: 'Række 14: Postnr «80000» er ikke et dansk postnummer.' })
  message!: string;

  @ApiProperty({ enum: PROBLEM_SEVERITIES })
  severity!: ProblemSeverity;

  @ApiPropertyOptional({ type: [String], example: ['Ensomhed', 'Sorg'], description: 'Closest known terms' })
  suggestions?: string[];
}

export class ImportProgress {
  @ApiProperty({ type: 'integer' })
  done!: number;

  @ApiProperty({ type: 'integer' })
  total!: number;
}

/** What the dry run says would happen (or, once applied, what happened) to the rows. */
export class ImportCounts {
  @ApiProperty({ type: 'integer' })
  create!: number;

  @ApiProperty({ type: 'integer' })
  update!: number;

  @ApiProperty({ type: 'integer' })
  unchanged!: number;

  @ApiProperty({ type: 'integer' })
  invalid!: number;
}

/** A field a sheet column can be mapped to. */
export class SheetFieldView {
  @ApiProperty({ enum: SHEET_FIELD_KEYS })
  key!: SheetFieldKey;

  @ApiProperty({ example: 'Titel' })
  label!: string;

  @ApiProperty()
  required!: boolean;
}

/** The column mapping of a sheet: field key → column header, or null for no column. */
export class SheetMappingView {
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string', nullable: true },
    example: { name: 'Titel', organization: 'Forening', postalCode: 'Postnr', email: null },
  })
  columns!: Partial<Record<SheetFieldKey, string | null>>;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The column whose value identifies a row across imports',
  })
  externalIdColumn!: string | null;
}

export class SheetView {
  @ApiProperty({ type: [String], description: 'The headers of the first row, in order' })
  columns!: string[];

  @ApiProperty({
    type: 'array',
    items: { type: 'array', items: { type: 'string' } },
    description: 'The first rows under the headers (up to 5)',
  })
  sample!: string[][];

  @ApiProperty({ type: [SheetFieldView] })
  fields!: SheetFieldView[];

  @ApiProperty({ type: SheetMappingView })
  mapping!: SheetMappingView;
}

/** A catalogue import: its file, its dry-run report's totals, and its progress. */
export class ImportView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: IMPORT_FORMATS })
  format!: ImportFormat;

  @ApiProperty({ example: 'tilbud.csv' })
  fileName!: string;

  @ApiProperty({ enum: IMPORT_STATUSES })
  status!: ImportStatus;

  @ApiProperty({ type: ImportProgress, description: 'Rows checked (or applied) so far, of all' })
  progress!: ImportProgress;

  @ApiProperty({ type: ImportCounts })
  counts!: ImportCounts;

  @ApiProperty({
    type: [ImportProblem],
    description: 'Problems of the file as a whole (encoding, columns, format)',
  })
  fileProblems!: ImportProblem[];

  @ApiPropertyOptional({ type: SheetView, description: 'Sheets only: the columns and their mapping' })
  sheet?: SheetView;

  @ApiProperty({ description: 'Who uploaded the file' })
  createdBy!: string;

  @ApiProperty()
  createdAt!: Date;

  @ApiPropertyOptional({ type: Date })
  appliedAt?: Date;
}

export class ImportList {
  @ApiProperty({ type: [ImportView] })
  items!: ImportView[];
}

/** One row of the report: what would happen to it, and what is wrong with it. */
export class ImportRowView {
  @ApiProperty({
    type: 'integer',
    description: 'Row number as the person sees it: the sheet line, or the n-th service',
  })
  row!: number;

  @ApiPropertyOptional({ description: 'The id that identifies the row across imports' })
  externalId?: string;

  @ApiPropertyOptional({ example: 'Samtalegruppe for unge' })
  title?: string;

  @ApiProperty({ enum: ROW_ACTIONS })
  action!: RowAction;

  @ApiPropertyOptional({ format: 'uuid', description: 'The offer the row created or updates' })
  offerId?: string;

  @ApiProperty({ type: [ImportProblem] })
  problems!: ImportProblem[];
}

export class ImportRowPage extends PageOf(ImportRowView) {}
