import type { HsdsRecord } from './hsds-records';

/** A CSV cell (RFC 4180): quoted when it holds a comma, a quote or a line break. */
function csvCell(value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line of a record, in the table's column order; a missing field is an empty cell. */
export function csvLine(columns: readonly string[], record: HsdsRecord | undefined): string {
  return `${columns.map((column) => csvCell(record?.[column])).join(',')}\r\n`;
}

export function csvHeader(columns: readonly string[]): string {
  return `${columns.map((column) => csvCell(column)).join(',')}\r\n`;
}
