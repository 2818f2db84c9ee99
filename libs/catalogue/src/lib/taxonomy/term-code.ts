const DANISH_LETTERS: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa' };

/** A URL-safe term code from a Danish name: "Økonomi og gæld" → `oekonomi-og-gaeld`. */
export function termCodeFrom(name: string): string {
  return name
    .toLocaleLowerCase('da')
    .replace(/[æøå]/g, (letter) => DANISH_LETTERS[letter])
    .normalize('NFD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}
