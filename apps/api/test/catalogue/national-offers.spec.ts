import { randomBytes, randomUUID } from 'node:crypto';
import { SearchIndex } from '@socialkompas/catalogue';
import { DemoSeeder, nationalDemoCatalogue } from '@socialkompas/demo';
import { TenancyService, Tenant } from '@socialkompas/tenancy';
import { createScratchDatabase, startTestApp, type TestApp } from '@socialkompas/testing';
import { CatalogueFixture } from './catalogue-fixture';

interface NationalOffer {
  id: string;
  name: string;
  summary: string;
  organizationName: string;
  hidden: boolean;
}

const LIST = '/api/v1/admin/national-offers';

/**
 * A municipality hides national offers from its own host, and only there. In a database of its
 * own: the national tenant reaches every municipality's search, which must not touch the other
 * test files' tenants.
 */
describe('national offers hidden by a municipality', () => {
  const suffix = randomBytes(3).toString('hex');
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let testApp: TestApp;
  const fixtures: Record<string, CatalogueFixture> = {};
  const tenants: Record<string, Tenant> = {};
  let published: NationalOffer[];
  let sorglinjen: NationalOffer;
  let draftId: string;
  let municipalOfferId: string;

  const list = async (slug: string): Promise<NationalOffer[]> =>
    (await fixtures[slug].get(LIST).expect(200)).body.items;
  const setHidden = (slug: string, id: string, body: object) =>
    fixtures[slug].http().put(`${LIST}/${id}`).set('Host', fixtures[slug].host).send(body);
  const foundIds = async (slug: string, query: string): Promise<string[]> =>
    (await fixtures[slug].get(`/api/v1/offers?size=100&${query}`).expect(200)).body.items.map(
      (item: { id: string }) => item.id,
    );
  const suggestions = async (slug: string, text: string): Promise<string> =>
    JSON.stringify(
      (await fixtures[slug].get(`/api/v1/suggest?q=${encodeURIComponent(text)}`).expect(200)).body,
    );
  const auditEntries = async (slug: string) =>
    (await fixtures[slug].get('/api/v1/admin/audit-log?entityType=national_offer').expect(200)).body;

  beforeAll(async () => {
    scratch = await createScratchDatabase(`national_${suffix}`);
    testApp = await startTestApp({ grantAllRoles: true, env: { DATABASE_URL: scratch.url } });
    const create = async (slug: string, name: string, kind: Tenant['kind'], region?: string) => {
      tenants[slug] = (await testApp.provision({ slug, name, kind, region })).tenant;
      fixtures[slug] = new CatalogueFixture(testApp, `${slug}.localhost`);
    };
    await create('midt', 'Region Midt', 'region');
    await create('aarhus', 'Aarhus Kommune', 'municipality', 'midt');
    await create('silkeborg', 'Silkeborg Kommune', 'municipality', 'midt');
    await create('danmark', 'Hele landet', 'national');
    // The demo's national catalogue, seeded as the embedded run seeds it (one draft among them).
    const catalogue = nationalDemoCatalogue('2026-12-01');
    const seeded = await new DemoSeeder(
      testApp.app.get(TenancyService),
      testApp.app.get(SearchIndex),
    ).seedCatalogue(tenants.danmark, catalogue, { seed: 1 });
    expect(seeded).toMatchObject({ offers: catalogue.offers.length, unknownTermCodes: [] });

    const national = fixtures.danmark;
    await national.loadTaxonomy();
    const organizationId = await national.organization('Landsforeningen Kladde');
    draftId = (
      await national.offer(
        { organizationId, name: 'Sorglinjen i kladde', summary: 'Ikke klar.', attendingTypes: ['phone'] },
        'draft',
      )
    ).id;
    const local = fixtures.silkeborg;
    municipalOfferId = (
      await local.offer({
        organizationId: await local.organization('Silkeborg Sorgforening'),
        name: 'Sorggruppe i Silkeborg',
        summary: 'Mød andre, der har mistet.',
        attendingTypes: ['in_person'],
      })
    ).id;

    published = await list('silkeborg');
    const found = published.find((offer) => offer.name === 'Sorglinjen');
    if (!found) throw new Error('Sorglinjen is not among the national offers');
    sorglinjen = found;
  });

  afterAll(async () => {
    await testApp?.close();
    await scratch?.drop();
  });

  it("lists the national tenant's published offers by name, with their organisation, none hidden yet", async () => {
    const expected = nationalDemoCatalogue().offers.filter((offer) => offer.status === 'published');
    expect(published.map((offer) => offer.name)).toEqual(
      expected.map((offer) => offer.name).sort((a, b) => a.localeCompare(b, 'da')),
    );
    expect(published.every((offer) => !offer.hidden)).toBe(true);
    expect(sorglinjen).toMatchObject({
      organizationName: 'Sorg og Savn – landsforeningen',
      summary: expect.stringContaining('mistet'),
    });
    const names = published.map((offer) => offer.name);
    expect(names).not.toContain('Juleaften i telefonen'); // the demo's draft
    expect(names).not.toContain('Sorglinjen i kladde');
    expect(names).not.toContain('Sorggruppe i Silkeborg'); // the municipality's own
  });

  it("hides an offer from the municipality's search, offer page and suggestions at once, and nowhere else", async () => {
    expect(await foundIds('silkeborg', 'q=sorglinjen')).toContain(sorglinjen.id);
    const saved = await setHidden('silkeborg', sorglinjen.id, { hidden: true }).expect(200);
    expect(saved.body).toEqual({ ...sorglinjen, hidden: true });

    // No delay: the switch moved Silkeborg's search generation in the same transaction.
    expect(await foundIds('silkeborg', 'q=sorglinjen')).not.toContain(sorglinjen.id);
    expect(await foundIds('silkeborg', 'q=sorg')).toContain(municipalOfferId);
    await fixtures.silkeborg.get(`/api/v1/offers/${sorglinjen.id}`).expect(404);
    expect(await suggestions('silkeborg', 'sorglinj')).not.toContain('Sorglinjen');

    // Another municipality, the region and the nation still show it.
    for (const slug of ['aarhus', 'midt', 'danmark']) {
      expect([slug, await foundIds(slug, 'q=sorglinjen')]).toEqual([
        slug,
        expect.arrayContaining([sorglinjen.id]),
      ]);
    }
    await fixtures.aarhus.get(`/api/v1/offers/${sorglinjen.id}`).expect(200);
    expect(await suggestions('aarhus', 'sorglinj')).toContain('Sorglinjen');

    // Each list says what its own municipality hides.
    expect((await list('silkeborg')).filter((offer) => offer.hidden).map((offer) => offer.id)).toEqual([
      sorglinjen.id,
    ]);
    expect((await list('aarhus')).some((offer) => offer.hidden)).toBe(false);
  });

  it("records hiding and showing in the municipality's audit log only, once per change", async () => {
    await setHidden('silkeborg', sorglinjen.id, { hidden: true }).expect(200); // already hidden: no change
    await setHidden('silkeborg', sorglinjen.id, { hidden: false }).expect(200);
    const log = await auditEntries('silkeborg');
    expect(log.items.map((entry: { action: string }) => entry.action)).toEqual(['show', 'hide']);
    expect(log.items[1]).toMatchObject({
      entityType: 'national_offer',
      entityId: sorglinjen.id,
      entityLabel: 'Sorglinjen',
      changes: { hidden: { from: false, to: true } },
    });
    expect((await auditEntries('aarhus')).total).toBe(0);
    expect((await auditEntries('danmark')).total).toBe(0);

    // Shown again, at once.
    expect(await foundIds('silkeborg', 'q=sorglinjen')).toContain(sorglinjen.id);
    expect((await list('silkeborg')).some((offer) => offer.hidden)).toBe(false);
  });

  it('answers 404 for anything but a published national offer, and on hosts that are not municipalities', async () => {
    for (const id of [draftId, municipalOfferId, randomUUID()]) {
      const refused = await setHidden('silkeborg', id, { hidden: true }).expect(404);
      expect(refused.headers['content-type']).toContain('application/problem+json');
    }
    await fixtures.midt.get(LIST).expect(404);
    await fixtures.danmark.get(LIST).expect(404);
    await setHidden('midt', sorglinjen.id, { hidden: true }).expect(404);
    expect(await foundIds('silkeborg', 'q=sorglinjen')).toContain(sorglinjen.id);
  });

  it('refuses a body that is not { hidden: boolean }, naming the field in Danish', async () => {
    for (const body of [{}, { hidden: 'ja' }, { hidden: null }]) {
      const refused = await setHidden('silkeborg', sorglinjen.id, body).expect(400);
      expect(refused.body.errors).toContainEqual({
        field: 'hidden',
        message: 'hidden skal være true eller false.',
      });
    }
    await setHidden('silkeborg', sorglinjen.id, { hidden: true, offerId: sorglinjen.id }).expect(400);
    await setHidden('silkeborg', 'ikke-et-id', { hidden: true }).expect(400);
    expect((await list('silkeborg')).some((offer) => offer.hidden)).toBe(false);
  });
});
