import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { ResponseOf } from '../api/types';

export type Taxonomy = ResponseOf<'/api/v1/taxonomy', 'get'>;
export type Vocabulary = Taxonomy['items'][number];

/** The tenant's vocabularies and their terms; they change rarely. */
export function useTaxonomy() {
  return useQuery({
    queryKey: ['taxonomy'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/taxonomy', { signal })),
    staleTime: 10 * 60_000,
  });
}

/** One vocabulary's terms, by its code (e.g. `challenge`); none while loading. */
export function termsOf(taxonomy: Taxonomy | undefined, code: string): Vocabulary['terms'] {
  return taxonomy?.items.find((vocabulary) => vocabulary.code === code)?.terms ?? [];
}
