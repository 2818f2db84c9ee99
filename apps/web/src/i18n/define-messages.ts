import { formatNumber, pluralForm } from './format';
import { language } from './language';

export type MessageValues = Record<string, string | number>;

/** The keys that come as a pair `<key>.one` and `<key>.other`, named without the ending. */
type PluralKey<Key extends string, All extends string = Key> = Key extends `${infer Base}.one`
  ? `${Base}.other` extends All
    ? Base
    : never
  : never;

export interface Translate<Key extends string> {
  (key: Key, values?: MessageValues): string;
  /** "1 søgning", "2 søgninger": the form the count takes, with `{count}` filled in as a number. */
  plural(key: PluralKey<Key>, count: number, values?: MessageValues): string;
}

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
  const dictionary: Record<string, string> = dictionaries[language];
  const translate = (key: Key, values?: MessageValues) => interpolate(dictionary[key], values);
  return Object.assign(translate, {
    plural: (key: PluralKey<Key>, count: number, values?: MessageValues) =>
      interpolate(dictionary[`${key}.${pluralForm(count)}`], { ...values, count: formatNumber(count) }),
  });
}
