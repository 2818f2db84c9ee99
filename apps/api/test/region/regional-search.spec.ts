import { randomUUID } from 'node:crypto';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { declaredRoutes } from '@socialkompas/auth';
import { RegionalMembers } from '@socialkompas/catalogue';
import { BrowserClient } from '@socialkompas/testing';
import { TenancyService, type Tenant } from '@socialkompas/tenancy';
import { RegionSetup, startRegion } from './region-fixture';

interface Facet {
  code: string;
  count: number;
  selected: boolean;
}

interface Answer {
  total: number;
  items: { id: string; status: string; name: string; distanceKm: number | null; tenant: { slug: string } }[];
  facets: { municipality: Facet[]; status: Facet[]; challenge: Facet[] };
}

describe('the coordinators’ search across the region', () => {
  let setup: RegionSetup;
  let draft: { id: string; name: string };

  const sql = <Row>(text: string, parameters: unknown[] = []): Promise<Row[]> =>
    setup.fixture.dataSource().query(text, parameters);
  const idsOf = async (tenant: Tenant) =>
    (await sql<{ id: string }>(`SELECT id FROM "t_${tenant.slug}".offers`)).map((row) => row.id);
  const countOf = async (tenant: Tenant, where = 'true') =>
    (
      await sql<{ count: number }>(
        `SELECT count(*)::int AS count FROM "t_${tenant.slug}".offers WHERE ${where}`,
      )
    )[0].count;

  const get = (browser: BrowserClient, host: string, path: string) =>
    browser.get(`http://${host}${path}`, { headers: { accept: 'application/json' } });
  const search = async (query = '') => {
    const response = await get(
      setup.coordinator,
      setup.region.host,
      `/api/v1/region/search?size=100${query}`,
    );
    expect([query, response.status]).toEqual([query, 200]);
    return response.json<Answer>();
  };

  beforeAll(async () => {
    setup = await startRegion('sogregion', {
      east: 6,
      west: 4,
      outsider: 3,
      closed: 2,
    });
    // Offers the public never sees: a draft and one in review in the setup.east, an archived one in the setup.west.
    [draft] = await sql<{ id: string; name: string }>(
      `SELECT id, name FROM "t_${setup.east.tenant.slug}".offers ORDER BY id LIMIT 1`,
    );
    await sql(
      `UPDATE "t_${setup.east.tenant.slug}".offers SET status = 'draft', published_at = NULL WHERE id = $1`,
      [draft.id],
    );
    await sql(
      `UPDATE "t_${setup.east.tenant.slug}".offers SET status = 'in_review'
       WHERE id = (SELECT max(id::text)::uuid FROM "t_${setup.east.tenant.slug}".offers)`,
    );
    await sql(
      `UPDATE "t_${setup.west.tenant.slug}".offers SET status = 'archived'
       WHERE id = (SELECT min(id::text)::uuid FROM "t_${setup.west.tenant.slug}".offers)`,
    );
    await setup.fixture.invite(setup.east.tenant, 'anne', 'tenant_admin');
  });

  afterAll(() => setup.fixture.close());

  it('finds every offer of every active member in every status, with municipality and status facets', async () => {
    const answer = await search();
    const eastOffers = await countOf(setup.east.tenant);
    const westOffers = await countOf(setup.west.tenant);
    expect(answer.total).toBe(eastOffers + westOffers);
    expect(answer.items).toHaveLength(eastOffers + westOffers);
    expect(answer.items.find((item) => item.id === draft.id)).toMatchObject({
      status: 'draft',
      tenant: { slug: setup.east.tenant.slug },
    });
    expect(answer.facets.municipality).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: setup.east.tenant.slug, count: eastOffers }),
        expect.objectContaining({ code: setup.west.tenant.slug, count: westOffers }),
      ]),
    );
    const statusCounts = Object.fromEntries(answer.facets.status.map((facet) => [facet.code, facet.count]));
    expect(statusCounts).toEqual({
      draft: 1,
      in_review: 1,
      published: eastOffers + westOffers - 3,
      archived: 1,
    });
  });

  it('shows the citizens none of it: the public search on the region’s host finds published offers only', async () => {
    const response = await get(new BrowserClient(), setup.region.host, '/api/v1/offers?size=100');
    const publicAnswer = response.json<Answer>();
    const published =
      (await countOf(setup.east.tenant, `status = 'published'`)) +
      (await countOf(setup.west.tenant, `status = 'published'`));
    expect(publicAnswer.total).toBe(published);
    expect(publicAnswer.items.map((item) => item.id)).not.toContain(draft.id);
  });

  it('narrows by status, and counts each facet with the other filters (disjunctive)', async () => {
    const drafts = await search('&status=draft,in_review');
    expect(drafts.total).toBe(2);
    expect(new Set(drafts.items.map((item) => item.status))).toEqual(new Set(['draft', 'in_review']));
    // The status facet still counts the statuses not chosen; the municipality facet follows the status filter.
    expect(drafts.facets.status.find((facet) => facet.code === 'archived')).toMatchObject({
      count: 1,
      selected: false,
    });
    expect(drafts.facets.municipality).toEqual([
      expect.objectContaining({ code: setup.east.tenant.slug, count: 2 }),
    ]);
    const west_ = await search(`&municipality=${setup.west.tenant.slug}`);
    expect(west_.total).toBe(await countOf(setup.west.tenant));
    expect(new Set(west_.items.map((item) => item.tenant.slug))).toEqual(new Set([setup.west.tenant.slug]));
    // Selecting a facet entry gives what it counted.
    const eastFacet = west_.facets.municipality.find((facet) => facet.code === setup.east.tenant.slug);
    expect((await search(`&municipality=${setup.east.tenant.slug}`)).total).toBe(eastFacet?.count);
  });

  it('matches a draft by its text', async () => {
    const word = draft.name.split(/\s+/).sort((a, b) => b.length - a.length)[0];
    const found = await search(`&q=${encodeURIComponent(word)}`);
    expect(found.items.map((item) => item.id)).toContain(draft.id);
    const publicFound = (
      await get(
        new BrowserClient(),
        setup.region.host,
        `/api/v1/offers?size=100&q=${encodeURIComponent(word)}`,
      )
    ).json<Answer>();
    expect(publicFound.items.map((item) => item.id)).not.toContain(draft.id);
  });

  it('shows a member editor’s change to a draft in the coordinators’ search within the documented delay', async () => {
    const admin = new BrowserClient();
    await setup.fixture.login(admin, setup.east.host, 'anne');
    const csrf = await setup.fixture.csrfToken(admin, setup.east.host);
    const [{ version }] = await sql<{ version: number }>(
      `SELECT version FROM "t_${setup.east.tenant.slug}".offers WHERE id = $1`,
      [draft.id],
    );
    const edited = await admin.request('PATCH', `http://${setup.east.host}/api/v1/offers/${draft.id}`, {
      headers: { accept: 'application/json', 'x-csrf-token': csrf },
      json: { version, name: 'Kladde om havearbejde for seniorer' },
    });
    expect(edited.status).toBe(200);
    const deadline = Date.now() + 3000;
    let found: Answer['items'] = [];
    while (Date.now() < deadline && found.length === 0) {
      found = (await search('&q=havearbejde')).items.filter((item) => item.id === draft.id);
      if (found.length === 0) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(found).toEqual([
      expect.objectContaining({ status: 'draft', name: 'Kladde om havearbejde for seniorer' }),
    ]);
  });

  it('measures distance from a postcode and keeps the radius', async () => {
    const near = await search('&postcode=8000&radius_km=500&sort=distance');
    const distances = near.items.map((item) => item.distanceKm);
    expect(distances.length).toBeGreaterThan(0);
    expect(distances.every((km) => km !== null && km <= 500)).toBe(true);
    expect([...distances].sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(distances);
  });

  it('never shows a non-member’s offers, nor a suspended member’s', async () => {
    const shown = new Set((await search()).items.map((item) => item.id));
    for (const id of [...(await idsOf(setup.outsider.tenant)), ...(await idsOf(setup.closed.tenant))]) {
      expect(shown.has(id)).toBe(false);
    }
    expect(
      (
        await get(
          setup.coordinator,
          setup.region.host,
          `/api/v1/region/search?municipality=${setup.outsider.tenant.slug}`,
        )
      ).json(),
    ).toMatchObject({ total: 0 });
  });

  it('is not logged as a citizen’s search', async () => {
    await search('&q=koordinatorsøgning');
    // The search log is written a second after the search, in batches.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    for (const tenant of [setup.region.tenant, setup.east.tenant, setup.west.tenant]) {
      const logged = await sql(`SELECT 1 FROM "t_${tenant.slug}".search_log WHERE query LIKE 'koordinator%'`);
      expect([tenant.slug, logged]).toEqual([tenant.slug, []]);
    }
    // A citizen's same search on the region's host is logged there: the check above can fail.
    await get(new BrowserClient(), setup.region.host, '/api/v1/offers?q=koordinatorsøgning');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(
      await sql(`SELECT 1 FROM "t_${setup.region.tenant.slug}".search_log WHERE query LIKE 'koordinator%'`),
    ).toHaveLength(1);
  });

  it('names a bad status in Danish, and exists only on a region’s host', async () => {
    const refused = await get(setup.coordinator, setup.region.host, '/api/v1/region/search?status=udgivet');
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.json())).toContain(
      'status skal være en af draft, in_review, published, archived',
    );
    const admin = new BrowserClient();
    await setup.fixture.login(admin, setup.east.host, 'anne');
    expect((await get(admin, setup.east.host, '/api/v1/region/search')).status).toBe(404);
    expect((await get(admin, setup.east.host, '/api/v1/region/statistics')).status).toBe(404);
  });

  it('cannot write: the members’ units of work refuse writes, and no write route takes the region’s session', async () => {
    const app = setup.fixture.testApp.app;
    const members = app.get(RegionalMembers, { strict: false });
    const tenancy = app.get(TenancyService);
    await expect(
      members.readOnly(setup.east.tenant, () =>
        tenancy.currentManager().query(`UPDATE offers SET name = name || '!'`),
      ),
    ).rejects.toThrow(/read-only transaction/);

    // Every write route of the API, on a member's host, with the coordinator's session: none lets it in.
    const csrf = await setup.fixture.csrfToken(setup.coordinator, setup.region.host);
    setup.coordinator.setCookie(
      setup.east.host,
      'socialkompas_session',
      String(setup.coordinator.cookie(setup.region.host, 'socialkompas_session')),
    );
    const writes = declaredRoutes(
      app.get(DiscoveryService),
      app.get(MetadataScanner),
      app.get(Reflector),
    ).filter((route) => route.method !== 'GET' && route.access.kind === 'roles');
    expect(writes.length).toBeGreaterThan(20);
    for (const route of writes) {
      const path = route.path.replace(/:[a-zA-Z]+/g, randomUUID());
      const response = await setup.coordinator.request(route.method, `http://${setup.east.host}${path}`, {
        followRedirects: false,
        headers: { accept: 'application/json', 'x-csrf-token': csrf },
        json: {},
      });
      expect(`${route.method} ${route.path}: ${response.status}`).toBe(`${route.method} ${route.path}: 401`);
    }
    // On the region's host the coordinators' routes are all GET: a write there finds no route.
    const regionalWrites = writes.filter((route) => route.path.startsWith('/api/v1/region'));
    expect(regionalWrites).toEqual([]);
    for (const method of ['POST', 'PATCH', 'PUT', 'DELETE']) {
      const response = await setup.coordinator.request(
        method,
        `http://${setup.region.host}/api/v1/region/search`,
        {
          headers: { accept: 'application/json', 'x-csrf-token': csrf },
          json: {},
        },
      );
      expect([method, response.status]).toEqual([method, 404]);
    }
    expect(await countOf(setup.east.tenant, `name LIKE '%!'`)).toBe(0);
  });
});
