import { SHEET_FIELDS } from './import-fields';
import type { ImportRow, ReportRow } from './imports.repository';
import type { ImportRowView, ImportView } from './import-view';

/** An import still "checking" or "applying" with no progress for this long was cut off (a restart). */
export const STALLED_AFTER_MS = 5 * 60_000;

export function importView(row: ImportRow, now = Date.now()): ImportView {
  const stalled =
    (row.status === 'checking' || row.status === 'applying') &&
    now - new Date(row.updatedAt).getTime() > STALLED_AFTER_MS;
  return {
    id: row.id,
    format: row.format,
    fileName: row.fileName,
    status: stalled ? 'failed' : row.status,
    progress: { done: row.progressDone, total: row.progressTotal },
    counts: row.counts,
    fileProblems: stalled
      ? [
          ...row.fileProblems,
          {
            field: 'file',
            severity: 'error',
            message: `Importen stoppede undervejs (efter ${row.progressDone} af ${row.progressTotal} rækker). Upload filen igen: det, der allerede er importeret, bliver ikke importeret to gange.`,
          },
        ]
      : row.fileProblems,
    ...(row.sheet
      ? {
          sheet: {
            columns: row.sheet.columns,
            sample: row.sheet.sample,
            fields: SHEET_FIELDS.map(({ key, label, required }) => ({ key, label, required })),
            mapping: row.sheet.mapping,
          },
        }
      : {}),
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    ...(row.appliedAt ? { appliedAt: row.appliedAt } : {}),
  };
}

export function importRowView(row: ReportRow): ImportRowView {
  return {
    row: row.row,
    ...(row.externalId ? { externalId: row.externalId } : {}),
    ...(row.title ? { title: row.title } : {}),
    action: row.action,
    ...(row.offerId ? { offerId: row.offerId } : {}),
    problems: row.problems,
  };
}
