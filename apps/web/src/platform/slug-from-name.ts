/** Danish letters as they are written without them: "Ærø" → "aeroe", "Høje" → "hoeje". */
const DANISH_LETTERS: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa' };

/** Words that name what a tenant is, not which one: "Odder Kommune" is `odder`. */
const KIND_WORDS = /\b(kommune|region)\b/g;

/**
 * The short name suggested for a tenant as its name is typed: "Odder Kommune" → `odder`,
 * "Ærø Kommune" → `aeroe`, "Høje-Taastrup Kommune" → `hoeje_taastrup`. It matches the API's
 * pattern (2-41 of a-z, 0-9 and _, a letter first) whenever the name has two letters or more.
 */
export function slugFromName(name: string): string {
  const words = name
    .toLowerCase()
    .replace(/[æøå]/g, (letter) => DANISH_LETTERS[letter])
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
  const withoutKind = words.replace(KIND_WORDS, ' ').trim() || words;
  return withoutKind
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[^a-z]+/, '')
    .replace(/_+$/, '')
    .slice(0, 41)
    .replace(/_+$/, '');
}
