import type { paths } from '../api/schema';

/**
 * The whole search lives in the page's URL, in the API's own query names, so a search can be
 * shared, bookmarked and stepped back through, and the URL is the request the API answers.
 */
export const VOCABULARIES = ['challenge', 'target_group', 'activity', 'age_group', 'district'] as const;
export type Vocabulary = (typeof VOCABULARIES)[number];

/**
 * Whose offers, by tenant slug: on a region's or the national host, results come from several
 * municipalities (and regions), and these narrow them like the vocabularies do.
 */
export const TENANT_FILTERS = ['region', 'municipality'] as const;
export type TenantFilter = (typeof TENANT_FILTERS)[number];

/**
 * What only staff search by, on staff pages that use this search (the regional coordinators'):
 * the offers' lifecycle status. The citizens' search has no such facet, so it shows none.
 */
export const STAFF_FILTERS = ['status'] as const;
export type StaffFilter = (typeof STAFF_FILTERS)[number];

/** The list filters of the citizens' search API. */
const PUBLIC_LIST_FILTERS = [...TENANT_FILTERS, ...VOCABULARIES] as const;

/** The filters that hold a comma list of codes (or slugs), each with a facet of counts. */
export const LIST_FILTERS = [...TENANT_FILTERS, ...STAFF_FILTERS, ...VOCABULARIES] as const;
export type ListFilter = (typeof LIST_FILTERS)[number];

export const FLAGS = ['free', 'online', 'open_now'] as const;
export type Flag = (typeof FLAGS)[number];

export const SORTS = ['relevance', 'distance', 'newest'] as const;
export type Sort = (typeof SORTS)[number];

export function termsOf(params: URLSearchParams, filter: ListFilter): string[] {
  return (params.get(filter) ?? '').split(',').filter(Boolean);
}

/** A copy with `key` set (or removed when empty); any change but paging starts again at page 1. */
export function withParam(params: URLSearchParams, key: string, value: string | undefined): URLSearchParams {
  const next = new URLSearchParams(params);
  if (value === undefined || value === '') next.delete(key);
  else next.set(key, value);
  if (key !== 'page') next.delete('page');
  return next;
}

export function withTermToggled(params: URLSearchParams, filter: ListFilter, code: string): URLSearchParams {
  const current = termsOf(params, filter);
  const next = current.includes(code) ? current.filter((entry) => entry !== code) : [...current, code];
  return withParam(params, filter, next.join(','));
}

/**
 * A search measured from a place (`near` or `postcode`), sorted by distance; or, with no place,
 * without the distance sort and radius, which the API refuses without a place to measure from.
 */
export function withOrigin(
  params: URLSearchParams,
  origin?: { near: string } | { postcode: string },
): URLSearchParams {
  const next = withParam(withParam(params, 'near', undefined), 'postcode', undefined);
  if (!origin) {
    next.delete('radius_km');
    if (next.get('sort') === 'distance') next.delete('sort');
    return next;
  }
  const [key, value] = Object.entries(origin)[0];
  next.set(key, value);
  next.set('sort', 'distance');
  return next;
}

export function hasOrigin(params: URLSearchParams): boolean {
  return Boolean(params.get('near') || params.get('postcode'));
}

/** The search without any filter or text: what "start over" and "broaden" lead to. */
export function withoutFilters(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams();
  const lang = params.get('lang');
  if (lang) next.set('lang', lang);
  return next;
}

export type SearchQuery = NonNullable<paths['/api/v1/offers']['get']['parameters']['query']>;

function numberOf(value: string | null): number | undefined {
  const number = value === null ? NaN : Number(value);
  return Number.isFinite(number) ? number : undefined;
}

/**
 * The API's query for the page's URL. Values pass through as typed (a hand-edited URL gets the
 * API's own 400, naming the field), only shaped into the types the document declares.
 */
export function apiQueryOf(params: URLSearchParams): SearchQuery {
  const query: SearchQuery = {};
  const text = (key: 'q' | 'age' | 'postcode' | 'near') => params.get(key) || undefined;
  query.q = text('q');
  for (const filter of PUBLIC_LIST_FILTERS) {
    const codes = termsOf(params, filter);
    if (codes.length > 0) query[filter] = codes;
  }
  query.age = text('age');
  query.postcode = text('postcode');
  query.near = text('near');
  query.organization = params.get('organization') || undefined;
  query.radius_km = numberOf(params.get('radius_km'));
  for (const flag of FLAGS) if (params.get(flag) === 'true') query[flag] = true;
  const sort = params.get('sort');
  if (sort) query.sort = sort as Sort;
  query.page = numberOf(params.get('page'));
  return Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined)) as SearchQuery;
}

/** How many filters narrow the search (text not counted): shown on the phone's filter button. */
export function activeFilterCount(params: URLSearchParams): number {
  const terms = LIST_FILTERS.reduce((sum, filter) => sum + termsOf(params, filter).length, 0);
  const others = ['organization', 'age', 'postcode', 'near', ...FLAGS].filter((key) =>
    params.get(key),
  ).length;
  return terms + others;
}

/** `/sog?…` (or the search at `path`) for a search; keeps the language choice. */
export function searchHref(params: URLSearchParams, path = '/sog'): string {
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}
