import { t } from './messages';
import type { Facets, SearchResult } from './search-api';
import { FLAGS, LIST_FILTERS, termsOf, withOrigin, withParam, withTermToggled } from './search-params';

export interface ActiveFilter {
  key: string;
  name: string;
  without: URLSearchParams;
}

/** Every filter in force, with the search as it would be without it. */
export function activeFilters(params: URLSearchParams, result: SearchResult | undefined): ActiveFilter[] {
  const filters: ActiveFilter[] = [];
  const facets: Facets | undefined = result?.facets;
  const q = params.get('q');
  if (q) filters.push({ key: 'q', name: `"${q}"`, without: withParam(params, 'q', undefined) });
  // An association's page links here with all its offers; the chip says whose they are.
  if (params.get('organization')) {
    const organization = result?.items[0]?.organization.name;
    filters.push({
      key: 'organization',
      name: organization ? t('search.organization', { name: organization }) : t('search.organizationUnknown'),
      without: withParam(params, 'organization', undefined),
    });
  }
  for (const filter of LIST_FILTERS) {
    for (const code of termsOf(params, filter)) {
      const name = facets?.[filter]?.find((term) => term.code === code)?.name ?? code;
      filters.push({
        key: `${filter}:${code}`,
        name,
        without: withTermToggled(params, filter, code),
      });
    }
  }
  const age = params.get('age');
  if (age)
    filters.push({
      key: 'age',
      name: `${t('search.age')} ${age}`,
      without: withParam(params, 'age', undefined),
    });
  const postcode = params.get('postcode');
  if (postcode) filters.push({ key: 'postcode', name: postcode, without: withOrigin(params) });
  if (params.get('near'))
    filters.push({
      key: 'near',
      name: t('search.nearMeActive'),
      without: withOrigin(params),
    });
  for (const flag of FLAGS) {
    if (params.get(flag) === 'true')
      filters.push({
        key: flag,
        name: t(`search.flag.${flag}`),
        without: withParam(params, flag, undefined),
      });
  }
  return filters;
}

/** The filters in force as chips; pressing one removes it. */
export function ActiveFilterChips({
  filters,
  onChange,
}: {
  filters: ActiveFilter[];
  onChange: (next: URLSearchParams) => void;
}) {
  // Always in the page (hidden when empty), so a modal filter drawer makes it inert with the rest.
  return (
    <ul className="chips" aria-label={t('search.activeFilters')} hidden={filters.length === 0}>
      {filters.map((filter) => (
        <li key={filter.key}>
          <button
            type="button"
            className="chip"
            aria-label={t('search.removeFilter', { name: filter.name })}
            onClick={() => onChange(filter.without)}
          >
            {filter.name} <span aria-hidden="true">×</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
