/** A sheet as read: its header row and the rows under it, every cell as text. */
export interface SheetTable {
  headers: string[];
  rows: string[][];
  /** The line number (as a spreadsheet shows it) of `rows[0]`. */
  firstRowNumber: number;
}

/** Drops trailing rows and columns that are empty, as spreadsheets leave them. */
export function tableOf(lines: string[][], firstRowNumber = 2): SheetTable {
  const [headerLine = [], ...rest] = lines;
  const headers = headerLine.map((header) => header.trim());
  while (headers.length > 0 && headers[headers.length - 1] === '') headers.pop();
  let last = rest.length;
  while (last > 0 && rest[last - 1].every((cell) => cell.trim() === '')) last--;
  return { headers, rows: rest.slice(0, last), firstRowNumber };
}
