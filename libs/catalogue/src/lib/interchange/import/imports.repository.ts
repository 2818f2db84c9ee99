import { Injectable } from '@nestjs/common';
import { queryChanges, queryRows, TenancyService } from '@socialkompas/tenancy';
import { EntityManager } from 'typeorm';
import type {
  ImportCounts,
  ImportFormat,
  ImportProblem,
  ImportStatus,
  RowAction,
  SheetMappingView,
} from './import-view';

/** A sheet's stored state: its headers, the first rows, and the mapping in force. */
export interface StoredSheet {
  columns: string[];
  sample: string[][];
  mapping: SheetMappingView;
}

export interface ImportRow {
  id: string;
  format: ImportFormat;
  fileName: string;
  status: ImportStatus;
  sheet: StoredSheet | null;
  fileProblems: ImportProblem[];
  counts: ImportCounts;
  progressDone: number;
  progressTotal: number;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  appliedAt: Date | null;
}

/** One row of a report as stored. */
export interface ReportRow {
  row: number;
  externalId: string | null;
  title: string | null;
  action: RowAction;
  offerId: string | null;
  problems: ImportProblem[];
}

const COLUMNS = `id, format, file_name AS "fileName", status, sheet, file_problems AS "fileProblems", counts,
  progress_done AS "progressDone", progress_total AS "progressTotal", created_by AS "createdBy",
  created_at AS "createdAt", updated_at AS "updatedAt", applied_at AS "appliedAt"`;

/** How long an import and its report are kept. */
export const IMPORTS_KEPT_DAYS = 14;

/** Catalogue imports and their reports, in the current tenant's schema. */
@Injectable()
export class ImportsRepository {
  constructor(private readonly tenancy: TenancyService) {}

  private get manager(): EntityManager {
    return this.tenancy.currentManager();
  }

  async insert(values: {
    format: ImportFormat;
    fileName: string;
    file: Uint8Array;
    status: ImportStatus;
    sheet: StoredSheet | null;
    fileProblems: ImportProblem[];
    createdBy: string;
  }): Promise<string> {
    const [{ id }] = await queryRows<{ id: string }>(
      this.manager,
      `INSERT INTO catalogue_imports (format, file_name, file, status, sheet, file_problems, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        values.format,
        values.fileName,
        Buffer.from(values.file),
        values.status,
        values.sheet ? JSON.stringify(values.sheet) : null,
        JSON.stringify(values.fileProblems),
        values.createdBy,
      ],
    );
    return id;
  }

  async find(id: string): Promise<ImportRow | undefined> {
    const [row] = await queryRows<ImportRow>(
      this.manager,
      `SELECT ${COLUMNS} FROM catalogue_imports WHERE id = $1`,
      [id],
    );
    return row;
  }

  async file(id: string): Promise<Uint8Array | undefined> {
    const [row] = await queryRows<{ file: Buffer }>(
      this.manager,
      `SELECT file FROM catalogue_imports WHERE id = $1`,
      [id],
    );
    return row && new Uint8Array(row.file);
  }

  list(limit: number): Promise<ImportRow[]> {
    return queryRows<ImportRow>(
      this.manager,
      `SELECT ${COLUMNS} FROM catalogue_imports ORDER BY created_at DESC LIMIT $1`,
      [limit],
    );
  }

  /** Moves the import from one of `from` to `to`; false when it was in none of them (someone else moved it). */
  async claim(id: string, from: ImportStatus[], to: ImportStatus, total?: number): Promise<boolean> {
    const { count } = await queryChanges(
      this.manager,
      `UPDATE catalogue_imports SET status = $3, progress_done = 0, progress_total = coalesce($4, progress_total),
         updated_at = now()
       WHERE id = $1 AND status = ANY($2)`,
      [id, from, to, total ?? null],
    );
    return count > 0;
  }

  async update(
    id: string,
    changes: Partial<
      Pick<ImportRow, 'status' | 'sheet' | 'fileProblems' | 'counts' | 'progressDone' | 'progressTotal'>
    > & {
      applied?: boolean;
    },
  ): Promise<void> {
    await this.manager.query(
      `UPDATE catalogue_imports SET
         status = coalesce($2, status),
         sheet = coalesce($3, sheet),
         file_problems = coalesce($4, file_problems),
         counts = coalesce($5, counts),
         progress_done = coalesce($6, progress_done),
         progress_total = coalesce($7, progress_total),
         applied_at = CASE WHEN $8 THEN now() ELSE applied_at END,
         updated_at = now()
       WHERE id = $1`,
      [
        id,
        changes.status ?? null,
        changes.sheet ? JSON.stringify(changes.sheet) : null,
        changes.fileProblems ? JSON.stringify(changes.fileProblems) : null,
        changes.counts ? JSON.stringify(changes.counts) : null,
        changes.progressDone ?? null,
        changes.progressTotal ?? null,
        changes.applied ?? false,
      ],
    );
  }

  async clearRows(id: string): Promise<void> {
    await this.manager.query(`DELETE FROM catalogue_import_rows WHERE import_id = $1`, [id]);
  }

  /** Writes (or overwrites) the report rows of one chunk. */
  async saveRows(id: string, rows: ReportRow[]): Promise<void> {
    if (rows.length === 0) return;
    await this.manager.query(
      `INSERT INTO catalogue_import_rows (import_id, row, external_id, title, action, offer_id, problems, has_problems)
       SELECT $1, r.row, r.external_id, r.title, r.action, r.offer_id, r.problems, jsonb_array_length(r.problems) > 0
       FROM jsonb_to_recordset($2::jsonb) AS r(row integer, external_id text, title text, action text, offer_id uuid, problems jsonb)
       ON CONFLICT (import_id, row) DO UPDATE SET external_id = excluded.external_id, title = excluded.title,
         action = excluded.action, offer_id = excluded.offer_id, problems = excluded.problems,
         has_problems = excluded.has_problems`,
      [
        id,
        JSON.stringify(
          rows.map((row) => ({
            row: row.row,
            external_id: row.externalId,
            title: row.title,
            action: row.action,
            offer_id: row.offerId,
            problems: row.problems,
          })),
        ),
      ],
    );
  }

  /** The stored problems of the rows, by row number. */
  async problemsOfRows(id: string, rows: number[]): Promise<Map<number, ImportProblem[]>> {
    const stored = await queryRows<{ row: number; problems: ImportProblem[] }>(
      this.manager,
      `SELECT row, problems FROM catalogue_import_rows WHERE import_id = $1 AND row = ANY($2) AND has_problems`,
      [id, rows],
    );
    return new Map(stored.map((row) => [row.row, row.problems]));
  }

  async rowsPage(
    id: string,
    { page, size, onlyProblems }: { page: number; size: number; onlyProblems: boolean },
  ): Promise<{ items: ReportRow[]; total: number }> {
    const filter = onlyProblems ? 'AND has_problems' : '';
    const items = await queryRows<ReportRow>(
      this.manager,
      `SELECT row, external_id AS "externalId", title, action, offer_id AS "offerId", problems
       FROM catalogue_import_rows WHERE import_id = $1 ${filter} ORDER BY row LIMIT $2 OFFSET $3`,
      [id, size, (page - 1) * size],
    );
    const [{ total }] = await queryRows<{ total: number }>(
      this.manager,
      `SELECT count(*)::int AS total FROM catalogue_import_rows WHERE import_id = $1 ${filter}`,
      [id],
    );
    return { items, total };
  }

  /** Removes imports (file and report) older than the days they are kept. */
  async deleteOld(): Promise<void> {
    await this.manager.query(
      `DELETE FROM catalogue_imports WHERE created_at < now() - make_interval(days => $1)`,
      [IMPORTS_KEPT_DAYS],
    );
  }
}
