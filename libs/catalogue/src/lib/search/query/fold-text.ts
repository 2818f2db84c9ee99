const DANISH_LETTERS: Record<string, string> = { æ: 'ae', ø: 'o', å: 'a' };

/**
 * The JavaScript twin of the database's `fold_text`: lower case, Danish letters and accents
 * folded the way `unaccent` folds them (æ → ae, ø → o, å → a, é → e), so "aeldre" meets "Ældre".
 */
export function foldText(text: string): string {
  return text
    .toLocaleLowerCase('da')
    .replace(/[æøå]/g, (letter) => DANISH_LETTERS[letter])
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}
