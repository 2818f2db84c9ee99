export const LANGUAGES = ['da', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const DEFAULT_LANGUAGE: Language = 'da';

function toLanguage(tag: string | null | undefined): Language | undefined {
  const primary = tag?.trim().toLowerCase().split('-')[0];
  return LANGUAGES.find((language) => language === primary);
}

/**
 * `?lang=en` (or `?lang=da`) wins; otherwise the browser's preferred language if we have it;
 * otherwise Danish.
 */
export function detectLanguage(search: string, preferred: readonly string[]): Language {
  const requested = toLanguage(new URLSearchParams(search).get('lang'));
  if (requested) return requested;
  for (const tag of preferred) {
    const language = toLanguage(tag);
    if (language) return language;
  }
  return DEFAULT_LANGUAGE;
}

export const language: Language = detectLanguage(
  window.location.search,
  navigator.languages?.length ? navigator.languages : [navigator.language],
);
