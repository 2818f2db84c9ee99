import { useId, useState } from 'react';
import { ErrorAlert } from '../feedback/problem-alert';
import { LoadingStatus } from '../feedback/loading-status';
import { fieldErrors } from '../forms/field';
import { fieldAnchor } from './draft-errors';
import { CheckList, SearchField } from './form-controls';
import { t } from './messages';
import { DERIVED_VOCABULARIES } from './offer-draft';
import { useTaxonomy, type Vocabulary } from '../taxonomy/use-taxonomy';

interface TermPickerProps {
  chosen: string[];
  onChange: (termIds: string[]) => void;
  error: unknown;
}

type Term = Vocabulary['terms'][number];

const folded = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase('da');

/** A term fits what the editor typed when its name or one of its synonyms contains it. */
function fits(term: Term, filter: string): boolean {
  return [term.name, ...term.synonyms].some((text) => folded(text).includes(filter));
}

/**
 * The offer's topics: a group of checkboxes per vocabulary an editor may choose from, narrowed
 * as the editor types; topics already chosen always stay in view.
 */
export function TermPicker({ chosen, onChange, error }: TermPickerProps) {
  const taxonomy = useTaxonomy();
  const errorId = useId();
  const [filterText, setFilterText] = useState('');
  const filter = folded(filterText.trim());
  const errors = fieldErrors(error, 'termIds');
  const vocabularies = (taxonomy.data?.items ?? [])
    .filter((vocabulary) => !DERIVED_VOCABULARIES.includes(vocabulary.code))
    .map((vocabulary) => ({
      ...vocabulary,
      terms: vocabulary.terms.filter((term) => chosen.includes(term.id) || fits(term, filter)),
    }))
    .filter((vocabulary) => vocabulary.terms.length > 0);
  const shown = vocabularies.reduce((sum, vocabulary) => sum + vocabulary.terms.length, 0);
  return (
    <div id={fieldAnchor('termIds')} className={errors.length > 0 ? 'field field--invalid' : 'field'}>
      <p className="hint">{t('hint.termIds')}</p>
      {errors.length > 0 && (
        <p id={errorId} className="field__error">
          {errors.join(' ')}
        </p>
      )}
      <SearchField
        label={t('terms.filter')}
        hint={t('terms.filterHint')}
        value={filterText}
        onChange={setFilterText}
      />
      <p role="status" className="hint">
        {filter ? t('terms.shown', { count: shown }) : ''}
      </p>
      {taxonomy.isPending && <LoadingStatus />}
      {taxonomy.isError && <ErrorAlert error={taxonomy.error} level={2} />}
      {vocabularies.map((vocabulary) => (
        <fieldset
          key={vocabulary.code}
          className="staff-terms"
          aria-describedby={errors.length > 0 ? errorId : undefined}
        >
          <legend>{vocabulary.name}</legend>
          <CheckList
            className="staff-terms__list"
            options={vocabulary.terms.map((term) => ({ value: term.id, label: term.name }))}
            chosen={chosen}
            onChange={onChange}
          />
        </fieldset>
      ))}
    </div>
  );
}
