import { language, type Language } from './language';

const da = {
  'app.name': 'Socialkompas',
  'nav.skipToContent': 'Gå til indhold',
  'status.loading': 'Indlæser …',
  'start.intro.municipality': 'Find sociale tilbud fra foreninger og kommunen.',
  'start.intro.region': 'Find sociale tilbud fra foreninger og regionen.',
  'error.unreachable.title': 'Socialkompas kan ikke nås lige nu',
  'error.unreachable.detail': 'Tjek din internetforbindelse, og prøv igen om lidt.',
  'error.invalidResponse.title': 'Der opstod en fejl hos os',
  'error.invalidResponse.detail': 'Vi fik et svar, vi ikke kunne forstå. Prøv igen om lidt.',
} as const;

export type MessageKey = keyof typeof da;

const en: Record<MessageKey, string> = {
  'app.name': 'Socialkompas',
  'nav.skipToContent': 'Skip to content',
  'status.loading': 'Loading …',
  'start.intro.municipality': 'Find social services from associations and the municipality.',
  'start.intro.region': 'Find social services from associations and the region.',
  'error.unreachable.title': 'Socialkompas cannot be reached right now',
  'error.unreachable.detail': 'Check your internet connection and try again in a moment.',
  'error.invalidResponse.title': 'Something went wrong on our side',
  'error.invalidResponse.detail': 'We received a response we could not understand. Please try again shortly.',
};

const dictionaries: Record<Language, Record<MessageKey, string>> = { da, en };

/** The UI text for `key` in the current language. */
export function t(key: MessageKey): string {
  return dictionaries[language][key];
}
