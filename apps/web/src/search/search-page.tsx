import { useId, useState, type ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useDocumentTitle } from '../document/use-document-title';
import { ErrorAlert } from '../feedback/problem-alert';
import { LoadingStatus } from '../feedback/loading-status';
import { ActiveFilterChips, activeFilters, type ActiveFilter } from './active-filters';
import { FilterDrawer } from './filter-drawer';
import { FilterPanel } from './filter-panel';
import { t } from './messages';
import { Pager } from '../layout/pager';
import { ResultCard } from './result-card';
import { useOfferSearch, type SearchResult } from './search-api';
import { SearchBox } from './search-box';
import { useSearchHref } from './search-place';
import { activeFilterCount, hasOrigin, SORTS, withoutFilters, withParam, type Sort } from './search-params';

function countText(total: number): string {
  return total === 1 ? t('search.resultCountOne') : t('search.resultCount', { count: total });
}

/** No results: the spellings the API suggests, and each filter that could be dropped. */
function ZeroResults({
  result,
  filters,
  params,
}: {
  result: SearchResult;
  filters: ActiveFilter[];
  params: URLSearchParams;
}) {
  const searchHref = useSearchHref();
  return (
    <div className="zero-results">
      <h2>{t('search.noResults')}</h2>
      {result.didYouMean.length > 0 && (
        <p>
          {t('search.didYouMean')}{' '}
          {result.didYouMean.map((word, index) => (
            <span key={word}>
              {index > 0 && ', '}
              <Link to={searchHref(withParam(params, 'q', word))}>{word}</Link>
            </span>
          ))}
        </p>
      )}
      <p>{t('search.broaden')}</p>
      <ul>
        {filters.map((filter) => (
          <li key={filter.key}>
            <Link to={searchHref(filter.without)}>{t('search.broadenRemove', { name: filter.name })}</Link>
          </li>
        ))}
        <li>
          <Link to={searchHref(withoutFilters(params))}>{t('search.broadenAll')}</Link>
        </li>
      </ul>
    </div>
  );
}

export interface SearchViewProps<Result extends SearchResult> {
  params: URLSearchParams;
  search: UseQueryResult<Result>;
  /** The tab's title and the page's heading. */
  title: string;
  heading: string;
  /** A line under the heading on what the search covers. */
  intro?: string;
  renderHit: (hit: Result['items'][number]) => ReactNode;
  /** Filters of this search beyond the citizens' ones, shown first in the panel. */
  extraFilters?: (
    facets: Result['facets'] | undefined,
    onChange: (next: URLSearchParams) => void,
  ) => ReactNode;
}

/**
 * The search as a page: box, toolbar, chosen filters, the filter panel and the results. The
 * citizens' search and the staff areas that search other offers the same way (see SearchPlace).
 */
export function SearchView<Result extends SearchResult>({
  params,
  search,
  title,
  heading,
  intro,
  renderHit,
}: SearchViewProps<Result>) {
  const navigate = useNavigate();
  const searchHref = useSearchHref();
  const [filtersOpen, setFiltersOpen] = useState(false);
  const panelId = useId();
  useDocumentTitle(title);

  const change = (next: URLSearchParams) => void navigate(searchHref(next));
  const result = search.data;
  const filters = activeFilters(params, result);
  const filterCount = activeFilterCount(params);

  return (
    <div className="search-page">
      <h1>{heading}</h1>
      {intro && <p className="lead">{intro}</p>}
      <SearchBox params={params} />
      <div className="search-toolbar">
        <p role="status" aria-live="polite" className="search-toolbar__count">
          {result ? countText(result.total) : ''}
        </p>
        <button
          type="button"
          className="button filter-toggle"
          aria-expanded={filtersOpen}
          aria-controls={panelId}
          onClick={() => setFiltersOpen(!filtersOpen)}
        >
          {filterCount > 0 ? t('search.filtersWithCount', { count: filterCount }) : t('search.filters')}
        </button>
        <label className="search-toolbar__sort">
          {t('search.sort')}{' '}
          <select
            value={params.get('sort') ?? 'relevance'}
            onChange={(event) =>
              change(
                withParam(
                  params,
                  'sort',
                  event.target.value === 'relevance' ? undefined : event.target.value,
                ),
              )
            }
          >
            {SORTS.filter((sort) => sort !== 'distance' || hasOrigin(params)).map((sort: Sort) => (
              <option key={sort} value={sort}>
                {t(`search.sort.${sort}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ActiveFilterChips filters={filters} onChange={change} />
      <div className="search-layout">
        <FilterDrawer
          id={panelId}
          label={t('search.filters')}
          open={filtersOpen}
          onClose={() => setFiltersOpen(false)}
          closeLabel={result ? t.plural('search.showResults', result.total) : t('search.apply')}
        >
          <FilterPanel facets={result?.facets} params={params} onChange={change} />
        </FilterDrawer>
        <section className="search-layout__results" aria-label={heading} aria-busy={search.isFetching}>
          {/* A refused search (e.g. an unknown postcode) is told here, the filters stay usable. */}
          {search.isError && (
            <>
              <ErrorAlert error={search.error} level={2} />
              <p>
                <Link to={searchHref(withoutFilters(params))}>{t('search.startOver')}</Link>
              </p>
            </>
          )}
          {!result && !search.isError && <LoadingStatus />}
          {result && result.total === 0 && <ZeroResults result={result} filters={filters} params={params} />}
          {result && result.total > 0 && (
            <>
              <h2 className="visually-hidden">{t('search.results')}</h2>
              <ol className="results">
                {result.items.map((hit) => (
                  <li key={hit.id}>{renderHit(hit)}</li>
                ))}
              </ol>
              <Pager
                page={result.page}
                total={result.total}
                size={result.size}
                hrefFor={(target) =>
                  searchHref(withParam(params, 'page', target === 1 ? undefined : String(target)))
                }
              />
            </>
          )}
        </section>
      </div>
    </div>
  );
}

/** /sog — the citizens' search of the host's offers. */
export function SearchPage() {
  const [params] = useSearchParams();
  return (
    <SearchView
      params={params}
      search={useOfferSearch(params)}
      title={t('search.title')}
      heading={t('search.heading')}
      renderHit={(hit) => <ResultCard hit={hit} />}
    />
  );
}
