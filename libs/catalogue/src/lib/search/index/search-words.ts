/**
 * What separates words: anything but cased and other letters, combining marks and decimal digits,
 * after compatibility normalisation (NFKC). So "½", "⑴" and the apostrophe in "ŉ" — which unaccent
 * would turn into "1/2", "(1)" and "'" — never reach a tsquery, whatever anyone types.
 */
const NOT_WORD = /[^\p{Ll}\p{Lu}\p{Lo}\p{M}\p{Nd}]+/u;

/** The words of a text, lower-cased the Danish way, between `min` and 40 characters long. */
export function splitWords(text: string, min: number): string[] {
  return text
    .normalize('NFKC')
    .toLocaleLowerCase('da')
    .split(NOT_WORD)
    .filter((word) => word.length >= min && word.length <= 40);
}

/** Words of titles and vocabularies worth remembering: three letters or more, not only digits. */
export function wordsOf(text: string): string[] {
  return splitWords(text, 3).filter((word) => !/^\p{Nd}+$/u.test(word));
}
