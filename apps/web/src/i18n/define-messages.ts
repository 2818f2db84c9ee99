import { language } from './language';

export type MessageValues = Record<string, string | number>;
export type Translate<Key extends string> = (key: Key, values?: MessageValues) => string;

/** Fills `{name}` placeholders; a missing value leaves the placeholder visible rather than blank. */
function interpolate(text: string, values: MessageValues = {}): string {
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in values ? String(values[name]) : placeholder,
  );
}

/**
 * A feature's texts in Danish and English, kept next to the feature. English must name every key
 * Danish does, so a missing translation is a type error rather than a blank on the page.
 */
export function defineMessages<Key extends string>(dictionaries: {
  da: Record<Key, string>;
  en: NoInfer<Record<Key, string>>;
}): Translate<Key> {
  return (key, values) => interpolate(dictionaries[language][key], values);
}
