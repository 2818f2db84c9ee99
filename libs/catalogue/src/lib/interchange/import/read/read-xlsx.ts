import { strFromU8, Unzipped } from 'fflate';
import { tableOf, SheetTable } from './sheet-table';
import { CHUNK_ROWS, yieldToEventLoop } from './yield-to-event-loop';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return String.fromCodePoint(code);
    }
    return ENTITIES[name] ?? entity;
  });
}

/** The text of a rich or plain string item: its `<t>` runs, without phonetic (`<rPh>`) runs. */
function textOfStringItem(xml: string): string {
  const withoutPhonetics = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  let text = '';
  for (const match of withoutPhonetics.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/g)) {
    text += decodeXml(match[1] ?? '');
  }
  return text;
}

/** `B12` → 1 (the zero-based column). */
function columnIndex(reference: string): number {
  let index = 0;
  for (const letter of reference.replace(/[0-9]+$/, '')) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
}

/** The path of the workbook's first sheet, from the workbook and its relationships. */
function firstSheetPath(files: Unzipped): string | undefined {
  const workbook = files['xl/workbook.xml'] ? strFromU8(files['xl/workbook.xml']) : '';
  const relationships = files['xl/_rels/workbook.xml.rels']
    ? strFromU8(files['xl/_rels/workbook.xml.rels'])
    : '';
  const sheetRelation = /<sheet\b[^>]*\br:id="([^"]+)"/.exec(workbook)?.[1];
  if (sheetRelation) {
    const relation = new RegExp(`<Relationship\\b[^>]*\\bId="${sheetRelation}"[^>]*>`).exec(
      relationships,
    )?.[0];
    const target = relation && /\bTarget="([^"]+)"/.exec(relation)?.[1];
    if (target) {
      const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
      if (files[path]) return path;
    }
  }
  return Object.keys(files)
    .filter((path) => /^xl\/worksheets\/sheet[0-9]+\.xml$/.test(path))
    .sort()[0];
}

/**
 * The first sheet of an XLSX workbook (already unzipped) as a table of text cells. SpreadsheetML
 * keeps cells as `<c r="B2" t="s"><v>3</v></c>` with texts in a shared table; only the values are
 * read (no styles, no formulas: a formula's last computed value is used). Rows are read in
 * chunks with a yield between them.
 */
export async function readXlsx(files: Unzipped): Promise<SheetTable | undefined> {
  const sheetPath = firstSheetPath(files);
  if (!sheetPath) return undefined;
  const sharedXml = files['xl/sharedStrings.xml'] ? strFromU8(files['xl/sharedStrings.xml']) : '';
  const shared = [...sharedXml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((match) => textOfStringItem(match[1]));
  await yieldToEventLoop();
  const sheetXml = strFromU8(files[sheetPath]);
  const lines: string[][] = [];
  let firstRowNumber = 0;
  let count = 0;
  for (const rowMatch of sheetXml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const rowNumber = Number(/\br="([0-9]+)"/.exec(rowMatch[1])?.[1] ?? lines.length + 1);
    if (lines.length === 0) firstRowNumber = rowNumber;
    // Empty rows are left out of the XML; keep the line numbers the person sees.
    while (firstRowNumber + lines.length < rowNumber) lines.push([]);
    const cells: string[] = [];
    for (const cell of (rowMatch[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attributes = cell[1];
      const reference = /\br="([A-Z]+[0-9]+)"/.exec(attributes)?.[1];
      const type = /\bt="([a-zA-Z]+)"/.exec(attributes)?.[1];
      const body = cell[2] ?? '';
      const value = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      let text = '';
      if (type === 's' && value !== undefined) text = shared[Number(value)] ?? '';
      else if (type === 'inlineStr') text = textOfStringItem(/<is>([\s\S]*?)<\/is>/.exec(body)?.[1] ?? '');
      else if (type === 'b') text = value === '1' ? 'ja' : 'nej';
      else if (value !== undefined) text = decodeXml(value);
      const index = reference ? columnIndex(reference) : cells.length;
      while (cells.length < index) cells.push('');
      cells[index] = text;
    }
    lines.push(cells);
    if (++count % CHUNK_ROWS === 0) await yieldToEventLoop();
  }
  return tableOf(lines, firstRowNumber + 1);
}
