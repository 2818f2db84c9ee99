import { unzipSync, Unzipped, zipSync } from 'fflate';
import type { ImportProblem, ImportFormat } from '../import-view';
import { ImportRecord } from '../import-record';
import { SheetMapping } from '../import-fields';
import { decodeText } from './decode-text';
import { recordOfHsdsService } from './hsds-service';
import { readCsv } from './read-csv';
import { readHsdsJson } from './read-hsds-json';
import { readHsdsPackage } from './read-hsds-package';
import { readXlsx } from './read-xlsx';
import { SheetTable } from './sheet-table';
import { CHUNK_ROWS, yieldToEventLoop } from './yield-to-event-loop';

export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

/** What a zip may unpack to: beyond it, the upload is refused rather than filling the memory. */
const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;

const error = (message: string): ImportProblem => ({ field: 'file', message, severity: 'error' });
const extension = (name: string) => name.slice(name.lastIndexOf('.') + 1).toLowerCase();

/** Thrown for a file that cannot be read at all; its problem is the import's file problem. */
export class UnreadableFile extends Error {
  constructor(readonly problem: ImportProblem) {
    super(problem.message);
  }
}

function unzip(bytes: Uint8Array, name: string): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipFiles(bytes, name)));
}

function unzipFiles(bytes: Uint8Array, name: string): Unzipped {
  let unpacked = 0;
  try {
    const files = unzipSync(bytes, {
      filter: (file) => {
        unpacked += file.originalSize;
        if (unpacked > MAX_UNPACKED_BYTES)
          throw new UnreadableFile(error(`Filen ${name} fylder mere end 200 MB udpakket.`));
        return !file.name.endsWith('/') && !file.name.startsWith('__MACOSX/');
      },
    });
    return files;
  } catch (caught) {
    if (caught instanceof UnreadableFile) throw caught;
    throw new UnreadableFile(error(`Filen ${name} er ikke en gyldig zip-fil.`));
  }
}

/** The uploaded files as one stored blob (a zip), whatever they were: one sheet, or a package's parts. */
export function packUploads(files: UploadedFile[]): Uint8Array {
  return zipSync(Object.fromEntries(files.map((file) => [file.name, [file.bytes, { level: 0 }]])));
}

/** The uploaded files again, a zipped data package unpacked among them. */
export function unpackUploads(stored: Uint8Array): Map<string, Uint8Array> {
  const files = unzip(stored, 'upload');
  const [only] = [...files.entries()];
  if (files.size === 1 && extension(only[0]) === 'zip') return unzip(only[1], only[0]);
  return files;
}

/** Which of the three formats the files are, or a problem saying what was expected. */
export function detectFormat(files: Map<string, Uint8Array>): ImportFormat {
  const names = [...files.keys()];
  const base = (name: string) => name.slice(name.lastIndexOf('/') + 1);
  if (names.some((name) => base(name) === 'datapackage.json')) return 'hsds_package';
  if (names.length > 1 && names.some((name) => base(name) === 'services.csv')) return 'hsds_package';
  if (names.length === 1) {
    const kind = extension(names[0]);
    if (kind === 'json') return 'hsds_json';
    if (kind === 'csv' || kind === 'txt' || kind === 'xlsx') return 'sheet';
  }
  if (names.length > 1 && names.every((name) => extension(name) === 'csv')) {
    throw new UnreadableFile(
      error(
        'Flere CSV-filer er kun en HSDS-datapakke sammen med datapackage.json. Upload også datapackage.json, eller pak det hele i en zip-fil.',
      ),
    );
  }
  throw new UnreadableFile(
    error(
      `Filtypen kendes ikke (${names.join(', ')}). Upload en HSDS-datapakke (.zip eller datapackage.json med CSV-filerne), en HSDS JSON-fil, eller ét regneark som .csv eller .xlsx.`,
    ),
  );
}

/** The sheet of a one-file upload: an .xlsx workbook's first sheet, or a CSV file in any of its encodings. */
export async function readSheetTable(
  files: Map<string, Uint8Array>,
): Promise<{ table: SheetTable; problems: ImportProblem[] }> {
  const [[name, bytes]] = [...files.entries()];
  if (extension(name) === 'xlsx') {
    const table = await readXlsx(unzipFiles(bytes, name));
    if (!table) throw new UnreadableFile(error(`Filen ${name} har intet regneark.`));
    return { table, problems: [] };
  }
  const decoded = decodeText(bytes, name);
  if (decoded.problems.some((problem) => problem.severity === 'error')) {
    return { table: { headers: [], rows: [], firstRowNumber: 2 }, problems: decoded.problems };
  }
  return { table: await readCsv(decoded.text), problems: decoded.problems };
}

/** The HSDS services of a package or JSON upload, as import records. */
export async function readHsdsRecords(
  format: 'hsds_package' | 'hsds_json',
  files: Map<string, Uint8Array>,
): Promise<{ records: ImportRecord[]; problems: ImportProblem[] }> {
  let read;
  if (format === 'hsds_package') {
    read = await readHsdsPackage(files);
  } else {
    const [[name, bytes]] = [...files.entries()];
    const decoded = decodeText(bytes, name);
    read = decoded.problems.some((problem) => problem.severity === 'error')
      ? { services: [], problems: decoded.problems }
      : readHsdsJson(decoded.text, name);
  }
  const records: ImportRecord[] = [];
  for (const [index, service] of read.services.entries()) {
    records.push(recordOfHsdsService(service, index + 1));
    if ((index + 1) % CHUNK_ROWS === 0) await yieldToEventLoop();
  }
  return { records, problems: read.problems };
}

export type { SheetMapping };
