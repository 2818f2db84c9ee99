export const LANGUAGES = ['da', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const DEFAULT_LANGUAGE: Language = 'da';
const STORAGE_KEY = 'sk-language';

function toLanguage(tag: string | null | undefined): Language | undefined {
  const primary = tag?.trim().toLowerCase().split('-')[0];
  return LANGUAGES.find((language) => language === primary);
}

function storedLanguage(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // Storage can be switched off; Danish is then the answer.
  }
}

/**
 * Danish unless English is asked for with `?lang=en` or was chosen earlier. The browser's language
 * is not used: a municipal service speaks Danish first, and many Danish phones are set to English.
 */
export function detectLanguage(search: string, remembered: string | null = null): Language {
  return toLanguage(new URLSearchParams(search).get('lang')) ?? toLanguage(remembered) ?? DEFAULT_LANGUAGE;
}

export const language: Language = detectLanguage(window.location.search, storedLanguage());

/** Remembers the choice and reloads, so every text (and the document's lang) follows at once. */
export function switchLanguage(next: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // Without storage the choice still holds for this page through ?lang=.
  }
  const url = new URL(window.location.href);
  url.searchParams.set('lang', next);
  window.location.assign(url.toString());
}

/** BCP 47 locale for dates and numbers. */
export const locale = language === 'da' ? 'da-DK' : 'en-GB';
