import { searchSnapshot, SearchSnapshots, unfilteredCriteria } from '@socialkompas/catalogue';
import { startTestApp, type TestApp, uniqueSlug } from '@socialkompas/testing';
import { TenancyService, TenantRef, TenantRegistry } from '@socialkompas/tenancy';
import { CatalogueFixture, startTwoTenants } from './catalogue-fixture';

const STATUSES = ['draft', 'in_review', 'published', 'archived'] as const;

/** The staff audience of search snapshots (every status) beside the public one (published only). */
describe('search snapshots by audience', () => {
  let testApp: TestApp;
  let a: CatalogueFixture;
  let tenant: TenantRef;
  let tenancy: TenancyService;
  let snapshots: SearchSnapshots;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    ({ testApp, a } = await startTwoTenants('audience', ['Målgruppekommune A', 'Målgruppekommune B']));
    await a.loadTaxonomy();
    const organization = await a.organization('Forening for hemmeligheder');
    for (const status of STATUSES) {
      ids[status] = (
        await a.offer(
          {
            organizationId: organization,
            name: `Hemmelighedsgruppe ${status}`,
            summary: 'Vi mødes og taler.',
            termIds: [a.term('challenge', 'ensomhed')],
          },
          status,
        )
      ).id;
    }
    const found = await testApp.app.get(TenantRegistry).findBySlug(a.slug);
    if (!found) throw new Error('tenant not provisioned');
    tenant = found;
    tenancy = testApp.app.get(TenancyService);
    snapshots = testApp.app.get(SearchSnapshots);
  });

  afterAll(() => testApp.close());

  const statusesIn = (audience: 'public' | 'staff') =>
    tenancy.run(tenant, async () => {
      const snapshot = await snapshots.current(audience);
      return Object.fromEntries(snapshot.offers.map((offer) => [offer.id, offer.status]));
    });

  it('holds every offer with its status for staff, and only the published ones for the public', async () => {
    expect(await statusesIn('staff')).toEqual(
      Object.fromEntries(STATUSES.map((status) => [ids[status], status])),
    );
    expect(await statusesIn('public')).toEqual({ [ids.published]: 'published' });
  });

  it('matches text among the audience’s offers only', async () => {
    const matched = (audience: 'public' | 'staff') =>
      tenancy.run(tenant, async () => {
        const snapshot = await snapshots.current(audience);
        const matches = await snapshots.matchText(snapshot, 'hemmelighedsgruppe:*');
        return [...(matches?.ordinals ?? [])].map((ordinal) => snapshot.offers[ordinal].id).sort();
      });
    expect(await matched('staff')).toEqual(STATUSES.map((status) => ids[status]).sort());
    expect(await matched('public')).toEqual([ids.published]);
    // The public search over HTTP is as before: drafts, offers in review and archived ones stay out.
    const body = (await a.get('/api/v1/offers?q=hemmelighedsgruppe').expect(200)).body;
    expect(body.items.map((item: { id: string }) => item.id)).toEqual([ids.published]);
  });

  it('filters by status and counts each status with every other filter applied', async () => {
    const result = await tenancy.run(tenant, async () => {
      const snapshot = await snapshots.current('staff');
      const lonely = a.term('challenge', 'ensomhed');
      return searchSnapshot(
        snapshot,
        unfilteredCriteria({
          selection: { ...unfilteredCriteria().selection, challenge: [lonely] },
          statuses: ['draft', 'in_review'],
        }),
      );
    });
    expect(result.page.map((hit) => hit.id).sort()).toEqual([ids.draft, ids.in_review].sort());
    expect(Object.fromEntries(result.statusCounts)).toEqual({
      draft: 1,
      in_review: 1,
      published: 1,
      archived: 1,
    });
  });

  it('sees an editor’s status change in the staff snapshot at the next search', async () => {
    const offer = (await a.get(`/api/v1/admin/offers/${ids.in_review}`).expect(200)).body;
    await a.post(`/api/v1/offers/${ids.in_review}/publish`, { version: offer.version }).expect(201);
    expect((await statusesIn('staff'))[ids.in_review]).toBe('published');
    expect(Object.keys(await statusesIn('public')).sort()).toEqual([ids.published, ids.in_review].sort());
  });
});

describe('answer reuse', () => {
  const answerIn = async (env: Record<string, string>) => {
    const testApp = await startTestApp({ env });
    try {
      const { tenant } = await testApp.provision({ slug: uniqueSlug('reuse'), name: 'Genbrugskommune' });
      const snapshots = testApp.app.get(SearchSnapshots);
      return await testApp.app.get(TenancyService).run(tenant, async () => {
        const snapshot = await snapshots.current();
        snapshots.rememberResult(snapshot, 'q=angst', { total: 1 }, 1);
        return snapshots.recallResult(snapshot, 'q=angst');
      });
    } finally {
      await testApp.close();
    }
  };

  it('reuses a whole answer by default and never with SEARCH_ANSWER_REUSE=off', async () => {
    expect(await answerIn({})).toEqual({ total: 1 });
    expect(await answerIn({ SEARCH_ANSWER_REUSE: 'off' })).toBeUndefined();
  });
});
