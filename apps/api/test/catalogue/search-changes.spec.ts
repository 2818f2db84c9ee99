import { SearchSnapshots } from '@socialkompas/catalogue';
import type { TestApp } from '@socialkompas/testing';
import { TenancyService, TenantRef, TenantRegistry } from '@socialkompas/tenancy';
import { CatalogueFixture, startTwoTenants } from './catalogue-fixture';

interface Hit {
  id: string;
  name: string;
  organization: { name: string };
}

/**
 * An editor's change reaches the next search by reloading only the offers it changed
 * (search_changes), not the whole catalogue; a change of the vocabularies reloads everything.
 */
describe('search after an edit', () => {
  let testApp: TestApp;
  let a: CatalogueFixture;
  let tenant: TenantRef;
  let organization: string;
  const ids: Record<string, string> = {};
  const search = async (q: string) =>
    (await a.get(`/api/v1/offers?q=${encodeURIComponent(q)}`).expect(200)).body as {
      total: number;
      items: Hit[];
    };
  /** The snapshot's vocabulary list: the same array while snapshots are patched, a new one when loaded whole. */
  const snapshotTerms = () =>
    testApp.app
      .get(TenancyService)
      .run(tenant, async () => (await testApp.app.get(SearchSnapshots).current()).terms);
  const version = async (id: string) => (await a.get(`/api/v1/admin/offers/${id}`).expect(200)).body.version;

  beforeAll(async () => {
    ({ testApp, a } = await startTwoTenants('changes', ['Ændringskommune A', 'Ændringskommune B']));
    await a.loadTaxonomy();
    organization = await a.organization('Foreningen for forandring');
    for (const name of ['Strikkeklub', 'Skakklub', 'Sangkor']) {
      ids[name] = (
        await a.offer({ organizationId: organization, name, termIds: [a.term('challenge', 'ensomhed')] })
      ).id;
    }
    const found = await testApp.app.get(TenantRegistry).findBySlug(a.slug);
    if (!found) throw new Error('tenant not provisioned');
    tenant = found;
    expect((await search('skakklub')).total).toBe(1);
  });

  afterAll(() => testApp.close());

  it('shows an edited offer as edited, by reloading only that offer', async () => {
    const terms = await snapshotTerms();
    await a
      .patch(`/api/v1/offers/${ids.Strikkeklub}`, {
        name: 'Strikkeklub med kaffebord',
        version: await version(ids.Strikkeklub),
      })
      .expect(200);
    const found = await search('kaffebord');
    expect(found.items.map((item) => item.name)).toEqual(['Strikkeklub med kaffebord']);
    expect(await snapshotTerms()).toBe(terms);
  });

  it('drops an archived offer and an offer taken back to draft, and adds a new one', async () => {
    const terms = await snapshotTerms();
    await a
      .post(`/api/v1/offers/${ids.Skakklub}/archive`, { version: await version(ids.Skakklub) })
      .expect(201);
    expect((await search('skakklub')).total).toBe(0);
    ids.Maleklub = (await a.offer({ organizationId: organization, name: 'Maleklub' })).id;
    expect((await search('maleklub')).items.map((item) => item.id)).toEqual([ids.Maleklub]);
    const all = (await a.get('/api/v1/offers?size=50').expect(200)).body.items.map((item: Hit) => item.id);
    expect(all.sort()).toEqual([ids.Strikkeklub, ids.Sangkor, ids.Maleklub].sort());
    expect(await snapshotTerms()).toBe(terms);
  });

  it('shows an organisation’s new name on its offers', async () => {
    const current = (await a.get(`/api/v1/organizations/${organization}`).expect(200)).body;
    await a
      .patch(`/api/v1/organizations/${organization}`, {
        name: 'Forandringsforeningen',
        version: current.version,
      })
      .expect(200);
    expect((await search('sangkor')).items[0].organization.name).toBe('Forandringsforeningen');
  });

  it('loads everything afresh when a term changes, which every snapshot holds', async () => {
    const terms = await snapshotTerms();
    const lonely = a.term('challenge', 'ensomhed');
    const vocabularies = (await a.get('/api/v1/taxonomy').expect(200)).body.items;
    const term = vocabularies
      .flatMap((vocabulary: { terms: { id: string }[] }) => vocabulary.terms)
      .find((candidate: { id: string }) => candidate.id === lonely);
    await a
      .patch(`/api/v1/taxonomy/terms/${lonely}`, {
        synonyms: [...term.synonyms, 'eneboer'],
        version: term.version,
      })
      .expect(200);
    expect((await search('eneboer')).total).toBe(2);
    expect(await snapshotTerms()).not.toBe(terms);
  });
});
