import { useId } from 'react';
import { ErrorAlert } from '../feedback/problem-alert';
import { LoadingStatus } from '../feedback/loading-status';
import { draftErrors, fieldAnchor } from './draft-errors';
import { t } from './messages';
import { DERIVED_VOCABULARIES } from './offer-draft';
import { useTaxonomy } from '../taxonomy/use-taxonomy';

interface TermPickerProps {
  chosen: string[];
  onChange: (termIds: string[]) => void;
  error: unknown;
}

/** The offer's topics: a group of checkboxes per vocabulary an editor may choose from. */
export function TermPicker({ chosen, onChange, error }: TermPickerProps) {
  const taxonomy = useTaxonomy();
  const errorId = useId();
  const errors = draftErrors(error, 'termIds');
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...chosen, id] : chosen.filter((termId) => termId !== id));
  return (
    <div id={fieldAnchor('termIds')} className={errors.length > 0 ? 'field field--invalid' : 'field'}>
      <p className="hint">{t('hint.termIds')}</p>
      {errors.length > 0 && (
        <p id={errorId} className="field__error">
          {errors.join(' ')}
        </p>
      )}
      {taxonomy.isPending && <LoadingStatus />}
      {taxonomy.isError && <ErrorAlert error={taxonomy.error} level={2} />}
      {taxonomy.data?.items
        .filter((vocabulary) => !DERIVED_VOCABULARIES.includes(vocabulary.code))
        .map((vocabulary) => (
          <fieldset
            key={vocabulary.code}
            className="staff-terms"
            aria-describedby={errors.length > 0 ? errorId : undefined}
          >
            <legend>{vocabulary.name}</legend>
            <ul className="staff-terms__list">
              {vocabulary.terms.map((term) => (
                <li key={term.id}>
                  <label className="check">
                    <input
                      type="checkbox"
                      checked={chosen.includes(term.id)}
                      onChange={(event) => toggle(term.id, event.target.checked)}
                    />
                    {term.name}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        ))}
    </div>
  );
}
