import { MAX_OFFERS } from './shortlist-store';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The public address of a list: only offer ids, nothing about the citizen it was made for. */
export function handoutUrl(ids: string[]): string {
  return `${window.location.origin}/liste?tilbud=${ids.join(',')}`;
}

/** The offer ids of a handout link; anything that is not an offer id is ignored. */
export function idsOfHandout(params: URLSearchParams): string[] {
  const ids = (params.get('tilbud') ?? '').split(',').filter((id) => UUID.test(id));
  return [...new Set(ids)].slice(0, MAX_OFFERS);
}
