/** Words of at least three letters, lower-cased the Danish way; digits-only tokens are left out. */
export function wordsOf(text: string): string[] {
  return text
    .toLocaleLowerCase('da')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 3 && word.length <= 40 && !/^\p{N}+$/u.test(word));
}
