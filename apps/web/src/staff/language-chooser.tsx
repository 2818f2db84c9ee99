import { languageName } from '../i18n/format';
import { locale } from '../i18n/language';
import { ChoiceGroup } from './form-controls';
import { t } from './messages';

/**
 * The languages offers in Denmark are most often given in (ISO 639-1): Danish, the neighbours',
 * and those of the largest groups of newcomers.
 */
const COMMON_LANGUAGES = [
  'da',
  'en',
  'de',
  'sv',
  'no',
  'ar',
  'fa',
  'ps',
  'ku',
  'so',
  'ti',
  'tr',
  'ur',
  'pl',
  'uk',
  'ru',
  'ro',
  'lt',
  'bs',
  'es',
  'fr',
  'vi',
  'th',
  'tl',
  'kl',
];

const nameOf = (code: string) => {
  const name = languageName(code);
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
};

interface LanguageChooserProps {
  chosen: string[];
  onChange: (languages: string[]) => void;
  error: unknown;
}

/** The languages the offer is given in, by name in the reader's language; Danish first. */
export function LanguageChooser({ chosen, onChange, error }: LanguageChooserProps) {
  const codes = [...new Set([...COMMON_LANGUAGES, ...chosen])];
  const options = codes
    .map((code) => ({ value: code, label: nameOf(code) }))
    .sort((a, b) => (a.value === 'da' ? -1 : b.value === 'da' ? 1 : a.label.localeCompare(b.label, locale)));
  return (
    <ChoiceGroup
      path="languages"
      legend={t('field.languages')}
      hint={t('hint.languages')}
      options={options}
      chosen={chosen}
      onChange={onChange}
      error={error}
    />
  );
}
