import { useId, useState } from 'react';
import { t } from './messages';
import type { Facets, FacetTerm } from './search-api';
import {
  FLAGS,
  STAFF_FILTERS,
  TENANT_FILTERS,
  termsOf,
  VOCABULARIES,
  withParam,
  withTermToggled,
  type ListFilter,
} from './search-params';
import { PlaceFilter } from './place-filter';
import { useUrlText } from './use-url-text';

const FEW_TERMS = 6;

export interface FilterProps {
  params: URLSearchParams;
  onChange: (next: URLSearchParams) => void;
}

function FacetGroup({
  filter,
  terms: allTerms,
  params,
  onChange,
  minimumChoices = 1,
}: FilterProps & {
  filter: ListFilter;
  terms: FacetTerm[];
  /** Fewer choices than this, none of them chosen, and the group is no help: it is left out. */
  minimumChoices?: number;
}) {
  const [expanded, setExpanded] = useState(false);
  const selected = termsOf(params, filter);
  // A term that would give no results is no choice; a chosen one stays so it can be removed.
  const terms = allTerms.filter((term) => term.count > 0 || selected.includes(term.code));
  // Selected terms always show, so a filter can be removed where it was set.
  const visible = expanded
    ? terms
    : terms.filter((term, index) => index < FEW_TERMS || selected.includes(term.code));
  if (terms.length === 0 || (terms.length < minimumChoices && selected.length === 0)) return null;
  return (
    <fieldset className="facet">
      <legend className="facet__legend">{t(`search.vocabulary.${filter}`)}</legend>
      <ul className="facet__terms">
        {visible.map((term) => (
          <li key={term.code}>
            <label className="check">
              <input
                type="checkbox"
                // From the URL, so the box answers at once while the new counts load.
                checked={selected.includes(term.code)}
                onChange={() => onChange(withTermToggled(params, filter, term.code))}
              />
              <span>
                {term.name} <span className="facet__count">({term.count})</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
      {terms.length > FEW_TERMS && (
        <button
          type="button"
          className="link-button"
          aria-expanded={expanded}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? t('search.showFewer') : t('search.showAll', { count: terms.length })}
        </button>
      )}
    </fieldset>
  );
}

function AgeFilter({ params, onChange }: FilterProps) {
  const id = useId();
  const [age, setAge] = useUrlText(params.get('age') ?? '');
  return (
    <form
      className="facet"
      onSubmit={(event) => {
        event.preventDefault();
        onChange(withParam(params, 'age', age.trim()));
      }}
    >
      <label htmlFor={id} className="facet__legend">
        {t('search.age')}
      </label>
      <div className="inline-field">
        <input
          id={id}
          inputMode="numeric"
          pattern="[0-9]{1,3}(-[0-9]{1,3})?"
          size={6}
          placeholder={t('search.ageHint')}
          value={age}
          onChange={(event) => setAge(event.target.value)}
        />
        <button type="submit" className="button">
          {t('search.apply')}
        </button>
      </div>
    </form>
  );
}

function FlagFilters({ params, onChange }: FilterProps) {
  return (
    <fieldset className="facet">
      <legend className="facet__legend">{t('search.more')}</legend>
      <ul className="facet__terms">
        {FLAGS.map((flag) => (
          <li key={flag}>
            <label className="check">
              <input
                type="checkbox"
                checked={params.get(flag) === 'true'}
                onChange={(event) =>
                  onChange(withParam(params, flag, event.target.checked ? 'true' : undefined))
                }
              />
              <span>{t(`search.flag.${flag}`)}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** Whose offers is a choice only where there are two of them; the other facets show any count. */
const CHOICE_ONLY_FROM_TWO = new Set<string>(TENANT_FILTERS);

/**
 * Every way to narrow a search: whose offers (when the results come from more than one
 * municipality or region), the status (in a staff search), the vocabularies with counts, age,
 * place and the yes/no filters.
 */
export function FilterPanel({ facets, params, onChange }: FilterProps & { facets?: Facets }) {
  return (
    <div className="filter-panel">
      {[
        ...TENANT_FILTERS,
        ...STAFF_FILTERS,
        ...VOCABULARIES.filter((vocabulary) => vocabulary !== 'district'),
      ].map((filter) => (
        <FacetGroup
          key={filter}
          filter={filter}
          terms={facets?.[filter] ?? []}
          params={params}
          onChange={onChange}
          minimumChoices={CHOICE_ONLY_FROM_TWO.has(filter) ? 2 : 1}
        />
      ))}
      <AgeFilter params={params} onChange={onChange} />
      <FacetGroup filter="district" terms={facets?.district ?? []} params={params} onChange={onChange} />
      <PlaceFilter params={params} onChange={onChange} />
      <FlagFilters params={params} onChange={onChange} />
    </div>
  );
}
