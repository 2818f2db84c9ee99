import type { NetworkTenant, Tenant } from '@socialkompas/tenancy';
import type { TermWithVocabulary } from '../../taxonomy/taxonomy.repository';
import { columnsOf, SnapshotColumns } from '../query/snapshot-columns';
import { assembleSnapshot, OfferFacts, SearchSnapshot } from '../query/search-snapshot';
import { composeScopeSnapshot } from './scope-snapshot';

function term(id: string, code: string): TermWithVocabulary {
  return { id, code, name: code, vocabulary: 'challenge', synonyms: [], minimumAge: null, maximumAge: null };
}

function offer(id: string, index: number, terms: number[], organizationId: string): OfferFacts {
  return {
    id,
    status: index % 3 === 0 ? 'draft' : 'published',
    name: id,
    organizationId,
    foldedName: id,
    publishedAt: 1_000 * ((index * 7) % 11),
    isFree: index % 2 === 0,
    online: index % 5 === 0,
    minimumAge: index % 4,
    maximumAge: 60 + index,
    terms: Uint16Array.from(terms),
    points: Float64Array.from(
      index % 4 === 3
        ? []
        : [55 + index * 0.01, 9 + index * 0.02, 56 - index * 0.01, 11 - index * 0.02].slice(
            0,
            2 + (index % 2) * 2,
          ),
    ),
    openings:
      index % 3 === 1 ? [{ weekdays: 1, opensAt: 600, closesAt: 900, validFrom: null, validTo: null }] : [],
    cardJson: '{}',
    snippetText: '',
    summaryLength: 0,
  };
}

function member(slug: string, terms: TermWithVocabulary[], offers: OfferFacts[]) {
  const snapshot: SearchSnapshot = assembleSnapshot(
    { tenantId: slug, tenantSlug: slug, generation: '1', audience: 'staff', terms },
    offers,
  );
  const networkTenant = { tenant: { id: slug, slug, kind: 'municipality' } as Tenant, region: null };
  return { member: networkTenant as NetworkTenant, snapshot };
}

/** Every column by composed ordinal, with organisations and statuses by name (their ordinals are the layout's own). */
function readable(columns: SnapshotColumns) {
  const organizationIds = [...columns.organizationOrdinalById.keys()];
  const organizationOf = (ordinal: number) =>
    organizationIds[[...columns.organizationOrdinalById.values()].indexOf(ordinal)];
  return Array.from({ length: columns.size }, (_, ordinal) => {
    const points = Array.from(
      { length: columns.pointStart[ordinal + 1] - columns.pointStart[ordinal] },
      (_none, index) => {
        const point = columns.pointStart[ordinal] + index;
        return [columns.latitude[point], columns.pointX[point], columns.pointY[point], columns.pointZ[point]];
      },
    );
    return {
      organization: organizationOf(columns.organization[ordinal]),
      status: columns.statuses[columns.status[ordinal]],
      ages: [columns.minimumAge[ordinal], columns.maximumAge[ordinal]],
      flags: [columns.isFree[ordinal], columns.online[ordinal], columns.hasOpenings[ordinal]],
      publishedAt: columns.publishedAt[ordinal],
      terms: [...columns.termData.subarray(columns.termStart[ordinal], columns.termStart[ordinal + 1])],
      points,
    };
  });
}

describe('composeScopeSnapshot', () => {
  it("copies its members' columns as columnsOf would lay out the composed offers, and hides what the host hides", () => {
    // The same codes under each member's own term ids, in another order.
    const first = member(
      'first',
      [term('a-lonely', 'ensomhed'), term('a-anxiety', 'angst')],
      Array.from({ length: 9 }, (_, index) => offer(`a${index}`, index, [index % 2], `org-a${index % 3}`)),
    );
    const second = member(
      'second',
      [term('b-grief', 'sorg'), term('b-lonely', 'ensomhed'), term('b-anxiety', 'angst')],
      Array.from({ length: 8 }, (_, index) =>
        offer(`b${index}`, index + 20, [index % 3, (index + 1) % 3], `org-b${index % 2}`),
      ),
    );
    const national = {
      ...member(
        'danmark',
        [term('n-anxiety', 'angst')],
        [offer('n0', 5, [0], 'org-n'), offer('n1', 6, [0], 'org-n')],
      ),
    };
    national.member = {
      ...national.member,
      tenant: { ...national.member.tenant, kind: 'national' } as Tenant,
    };

    const composed = composeScopeSnapshot('scope#1', [first, second, national], new Set(['n1']));

    expect(composed.offers.map((facts) => facts.id)).not.toContain('n1');
    expect(composed.offers).toHaveLength(9 + 8 + 1);
    expect(composed.terms.map((shared) => shared.code)).toEqual(['ensomhed', 'angst', 'sorg']);
    // The composed offers with their terms as shared ordinals, laid out from the offers themselves.
    const parts = [first, second, national];
    const remapped = composed.offers.map((facts, ordinal) => {
      const { snapshot } = parts[composed.memberOf[ordinal]];
      return {
        ...facts,
        terms: Uint16Array.from(facts.terms, (own) =>
          composed.terms.findIndex((shared) => shared.code === snapshot.terms[own].code),
        ),
      };
    });
    const expected = columnsOf(remapped, composed.terms.length);
    expect(readable(composed.columns)).toEqual(readable(expected));
    expect([...composed.columns.termOffersStart]).toEqual([...expected.termOffersStart]);
    expect([...composed.columns.termOffers]).toEqual([...expected.termOffers]);
    expect([...composed.columns.latitudeIndex.latitudes]).toEqual([...expected.latitudeIndex.latitudes]);
    expect(new Set(composed.columns.latitudeIndex.offers)).toEqual(new Set(expected.latitudeIndex.offers));
    expect([...composed.columns.latitudeIndex.longitudes].sort((a, b) => a - b)).toEqual(
      [...expected.latitudeIndex.longitudes].sort((a, b) => a - b),
    );
  });
});
