import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { HSDS_DIR } from '@socialkompas/testing';

export const HSDS_EXAMPLES = join(HSDS_DIR, 'examples');

export function hsdsPackageFiles(): { name: string; bytes: Buffer }[] {
  const folder = join(HSDS_EXAMPLES, 'csv');
  return readdirSync(folder).map((name) => ({ name, bytes: readFileSync(join(folder, name)) }));
}

export function hsdsPackageZip(): Buffer {
  return Buffer.from(
    zipSync(
      Object.fromEntries(hsdsPackageFiles().map((file) => [`hsds/${file.name}`, new Uint8Array(file.bytes)])),
    ),
  );
}

const POSTCODES = ['8000', '8200', '8210', '8220', '8230', '8240', '8250', '8260', '8270', '8300'];
const ORGANIZATIONS = [
  'Frivilligcenter Odder',
  'Ældre Sagen Odder',
  'Røde Kors Odder',
  'Odder Idrætsforening',
];
const CHALLENGES = ['Ensomhed', 'Angst', 'Sorg', 'Stress'];

export const SHEET_HEADER = [
  'Id',
  'Titel',
  'Forening',
  'Beskrivelse',
  'Adresse',
  'Postnr',
  'E-mail',
  'Telefon',
  'Hjemmeside',
  'Udfordring',
  'Målgruppe',
  'Alder',
];

/** A row of a realistic sheet, one offer per row, every value valid. */
export function sheetRow(index: number, prefix = 'Tilbud'): string[] {
  return [
    `T-${index}`,
    `${prefix} nr. ${index} for borgere`,
    ORGANIZATIONS[index % ORGANIZATIONS.length],
    `Et fællesskab hvor vi mødes og taler sammen. Nummer ${index}.`,
    `Rådhusgade ${(index % 90) + 1}`,
    POSTCODES[index % POSTCODES.length],
    `kontakt${index}@forening.dk`,
    `87 80 ${String(index % 100).padStart(2, '0')} ${String(index % 97).padStart(2, '0')}`,
    `https://forening.dk/tilbud/${index}`,
    CHALLENGES[index % CHALLENGES.length],
    '',
    index % 2 === 0 ? '18-25' : '60+',
  ];
}

/** Cells as CSV with the delimiter, quoted where needed. */
export function csvText(rows: string[][], delimiter = ';'): string {
  const quote = (cell: string) => (/["\n;,]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return rows.map((row) => row.map(quote).join(delimiter)).join('\r\n') + '\r\n';
}

/** The same text in Windows-1252, as Danish Excel's "CSV (semikolonsepareret)" writes it. */
export function windows1252(text: string): Buffer {
  const bytes = Buffer.alloc(text.length);
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code > 0xff) throw new Error(`No Windows-1252 byte for ${text[index]}`);
    bytes[index] = code;
  }
  return bytes;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A minimal XLSX workbook (as Excel writes it: shared strings, one sheet) holding the rows. */
export function xlsxOf(rows: string[][]): Buffer {
  const strings: string[] = [];
  const indexOf = new Map<string, number>();
  const column = (index: number) => String.fromCharCode(65 + index);
  const sheetRows = rows
    .map((row, rowIndex) => {
      const cells = row
        .map((cell, cellIndex) => {
          const reference = `${column(cellIndex)}${rowIndex + 1}`;
          if (cell === '') return '';
          if (/^[0-9]+$/.test(cell) && cell.length < 6) return `<c r="${reference}"><v>${cell}</v></c>`;
          if (!indexOf.has(cell)) {
            indexOf.set(cell, strings.length);
            strings.push(cell);
          }
          return `<c r="${reference}" t="s"><v>${indexOf.get(cell)}</v></c>`;
        })
        .join('');
      return `<row r="${rowIndex + 1}">${cells}</row>`;
    })
    .join('');
  const files = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Tilbud" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    'xl/sharedStrings.xml': `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((text) => `<si><t xml:space="preserve">${escapeXml(text)}</t></si>`).join('')}</sst>`,
    'xl/worksheets/sheet1.xml': `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetRows}</sheetData></worksheet>`,
  };
  return Buffer.from(
    zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)]))),
  );
}
