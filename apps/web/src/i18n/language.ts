export const LANGUAGES = ['da', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const DEFAULT_LANGUAGE: Language = 'da';

function toLanguage(tag: string | null | undefined): Language | undefined {
  const primary = tag?.trim().toLowerCase().split('-')[0];
  return LANGUAGES.find((language) => language === primary);
}

/**
 * Danish unless English is asked for with `?lang=en`. The browser's language is not used: a
 * municipal service speaks Danish first, and many Danish phones are set to English.
 */
export function detectLanguage(search: string): Language {
  return toLanguage(new URLSearchParams(search).get('lang')) ?? DEFAULT_LANGUAGE;
}

export const language: Language = detectLanguage(window.location.search);
