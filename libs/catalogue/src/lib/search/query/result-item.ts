import type { TenantLink } from '@socialkompas/tenancy';
import { Vocabulary } from '../../taxonomy/taxonomy.entity';
import type { ResultRow } from './offer-search.repository';
import { HIT_VOCABULARIES, HitTerm, SearchHit } from './search-result';
import type { SearchSnapshot } from './search-snapshot';
import type { SnapshotHit } from './snapshot-search';
import { snippetHtml } from './snippet';

const hitVocabularies = new Set<Vocabulary>(HIT_VOCABULARIES);

/** A result card: the offer's details as its own tenant's database gave them, and whose it is. */
export function resultItem(
  row: ResultRow,
  hit: SnapshotHit,
  snapshot: SearchSnapshot,
  tenant: TenantLink,
): SearchHit {
  const { headline, feeAmount, ...fields } = row;
  const terms: Partial<Record<Vocabulary, HitTerm[]>> = {};
  for (const ordinal of snapshot.offers[hit.ordinal].terms) {
    const term = snapshot.terms[ordinal];
    if (hitVocabularies.has(term.vocabulary)) {
      (terms[term.vocabulary] ??= []).push({ code: term.code, name: term.name });
    }
  }
  return {
    ...fields,
    feeAmount: feeAmount === null ? null : Number(feeAmount),
    snippet: snippetHtml(headline ?? row.summary),
    distanceKm: hit.distanceKm === null ? null : Math.round(hit.distanceKm * 100) / 100,
    terms,
    tenant,
    national: tenant.kind === 'national',
  };
}
