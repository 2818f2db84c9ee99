import type { ImportProblem } from '../import-view';

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16' | 'windows-1252';
  problems: ImportProblem[];
}

/** Bytes Windows-1252 leaves undefined: a file holding them is in neither UTF-8 nor Windows-1252. */
const UNDEFINED_IN_WINDOWS_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/** UTF-8 read as Latin-1 and saved as UTF-8 again: "Ã¦" for æ, "Ã¸" for ø, "Ã¥" for å. */
const DOUBLE_ENCODED = /Ã[¦¸¥†˜…©]/;

const fileProblem = (message: string, severity: ImportProblem['severity']): ImportProblem => ({
  field: 'file',
  message,
  severity,
});

/**
 * The text of an uploaded file. UTF-8 (with or without BOM) and UTF-16 with BOM are read as
 * they are. Anything else that is not valid UTF-8 is taken as Windows-1252 (Danish Excel's "CSV
 * (semikolonsepareret)"), with a warning to check the Danish letters. A file in neither, a binary
 * file and doubly encoded UTF-8 are refused with an error that says what to do.
 */
export function decodeText(bytes: Uint8Array, fileName: string): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16', problems: [] };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16', problems: [] };
  }
  if (bytes.includes(0)) {
    return {
      text: '',
      encoding: 'utf-8',
      problems: [
        fileProblem(
          `Filen ${fileName} er ikke en tekstfil (CSV). Gem regnearket som «CSV UTF-8» eller som Excel-projektmappe (.xlsx), og prøv igen.`,
          'error',
        ),
      ],
    };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    if (DOUBLE_ENCODED.test(text)) {
      return {
        text,
        encoding: 'utf-8',
        problems: [
          fileProblem(
            `Filen ${fileName} har forkerte tegn (fx «Ã¦» for æ): den er kodet om to gange. Eksportér den igen fra det oprindelige regneark som «CSV UTF-8».`,
            'error',
          ),
        ],
      };
    }
    return { text, encoding: 'utf-8', problems: [] };
  } catch {
    // Not UTF-8: a Danish Excel export in Windows-1252, or a file in an encoding we cannot read.
  }
  if (bytes.some((byte) => UNDEFINED_IN_WINDOWS_1252.has(byte))) {
    return {
      text: '',
      encoding: 'windows-1252',
      problems: [
        fileProblem(
          `Filen ${fileName} kan ikke læses: den er hverken i UTF-8 eller Windows-1252. Gem regnearket som «CSV UTF-8», og prøv igen.`,
          'error',
        ),
      ],
    };
  }
  return {
    text: new TextDecoder('windows-1252').decode(bytes),
    encoding: 'windows-1252',
    problems: [
      fileProblem(
        `Filen ${fileName} er ikke i UTF-8 og er læst som Windows-1252 (Excels «CSV (semikolonsepareret)»). Tjek at æ, ø og å ser rigtige ud i rapporten; gem filen som «CSV UTF-8» for at være sikker.`,
        'warning',
      ),
    ],
  };
}
