import { parse } from 'csv-parse';
import { tableOf, SheetTable } from './sheet-table';
import { yieldToEventLoop } from './yield-to-event-loop';

const DELIMITERS = [';', ',', '\t'] as const;
const PIECE_CHARACTERS = 64 * 1024;

/**
 * The delimiter of the header line: the candidate found most often outside quotes. Danish Excel
 * writes `;` (the comma is the decimal mark), other tools `,`, "Unicode text" exports a tab.
 */
export function detectDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = new Map<string, number>(DELIMITERS.map((delimiter) => [delimiter, 0]));
  let quoted = false;
  for (const character of firstLine) {
    if (character === '"') quoted = !quoted;
    else if (!quoted && counts.has(character)) counts.set(character, (counts.get(character) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
}

/**
 * Reads CSV text into a table, a piece at a time with a yield to the event loop between pieces,
 * so a large file never holds up the API's other requests.
 */
export async function readCsv(text: string, delimiter = detectDelimiter(text)): Promise<SheetTable> {
  const parser = parse({
    delimiter,
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
  });
  const lines: string[][] = [];
  const collected = (async () => {
    for await (const record of parser) lines.push(record as string[]);
  })();
  for (let start = 0; start < text.length; start += PIECE_CHARACTERS) {
    parser.write(text.slice(start, start + PIECE_CHARACTERS));
    await yieldToEventLoop();
  }
  parser.end();
  await collected;
  return tableOf(lines);
}
