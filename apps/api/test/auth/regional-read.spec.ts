import { BrowserClient, LoginFixture } from '@socialkompas/testing';
import type { Tenant } from '@socialkompas/tenancy';

const person = (login: string, name: string) => ({ login, name, email: `${login}@example.dk` });

describe('the regional read path', () => {
  let fixture: LoginFixture;
  let region: { tenant: Tenant; host: string };
  let member: { tenant: Tenant; host: string };
  let outsider: { tenant: Tenant; host: string };
  let coordinator: BrowserClient;

  beforeAll(async () => {
    fixture = await LoginFixture.start([person('rita', 'Rita Koordinator'), person('mads', 'Mads Redaktør')]);
    region = await fixture.tenant('region', { kind: 'region' });
    member = await fixture.tenant('medlem', { region: region.tenant.slug, offers: 5 });
    outsider = await fixture.tenant('udenfor', { offers: 3 });
    // At least one offer the public never sees.
    await fixture
      .dataSource()
      .query(
        `UPDATE "t_${member.tenant.slug}".offers SET status = 'draft' WHERE id = (SELECT min(id::text)::uuid FROM "t_${member.tenant.slug}".offers)`,
      );
    await fixture.invite(region.tenant, 'rita', 'regional_coordinator');
    await fixture.invite(member.tenant, 'mads', 'editor');
    coordinator = new BrowserClient();
    expect((await fixture.login(coordinator, region.host, 'rita')).json()).toMatchObject({
      role: 'regional_coordinator',
    });
  });

  afterAll(() => fixture.close());

  const get = (browser: BrowserClient, host: string, path: string) =>
    browser.get(`http://${host}${path}`, { headers: { accept: 'application/json' } });

  it('lists only the region’s own municipalities', async () => {
    const members = await get(coordinator, region.host, '/api/v1/region/municipalities');
    expect(members.json()).toEqual({ items: [{ slug: member.tenant.slug, name: member.tenant.name }] });
  });

  it('reads a member’s offers in every status, drafts included', async () => {
    const [{ total, unpublished }] = await fixture
      .dataSource()
      .query(
        `SELECT count(*)::int AS total, count(*) FILTER (WHERE status <> 'published')::int AS unpublished FROM "t_${member.tenant.slug}".offers`,
      );
    expect(unpublished).toBeGreaterThan(0);
    const offers = (
      await get(
        coordinator,
        region.host,
        `/api/v1/region/municipalities/${member.tenant.slug}/offers?size=100`,
      )
    ).json<{
      items: { id: string; status: string }[];
      total: number;
    }>();
    expect(offers.total).toBe(total);
    const draft = offers.items.find((offer) => offer.status !== 'published');
    expect(draft).toBeDefined();
    const one = await get(
      coordinator,
      region.host,
      `/api/v1/region/municipalities/${member.tenant.slug}/offers/${draft?.id}`,
    );
    expect(one.json()).toMatchObject({ id: draft?.id, status: draft?.status });
  });

  it('reads nothing of a suspended member', async () => {
    const closed = await fixture.tenant('lukket', { region: region.tenant.slug, offers: 1 });
    await fixture
      .dataSource()
      .query(`UPDATE platform.tenants SET status = 'suspended' WHERE id = $1`, [closed.tenant.id]);
    const response = await get(
      coordinator,
      region.host,
      `/api/v1/region/municipalities/${closed.tenant.slug}/offers`,
    );
    expect(response.status).toBe(404);
  });

  it('reads nothing of a municipality outside the region', async () => {
    const [outside] = await fixture
      .dataSource()
      .query(`SELECT id FROM "t_${outsider.tenant.slug}".offers LIMIT 1`);
    expect(
      (await get(coordinator, region.host, `/api/v1/region/municipalities/${outsider.tenant.slug}/offers`))
        .status,
    ).toBe(404);
    // Nor an outside offer through the member's path.
    expect(
      (
        await get(
          coordinator,
          region.host,
          `/api/v1/region/municipalities/${member.tenant.slug}/offers/${outside.id}`,
        )
      ).status,
    ).toBe(404);
  });

  it('writes nothing: no write route on the path, and the region session counts on no municipality’s host', async () => {
    const [offer] = await fixture
      .dataSource()
      .query(`SELECT id, version FROM "t_${member.tenant.slug}".offers LIMIT 1`);
    const csrf = await fixture.csrfToken(coordinator, region.host);
    const viaRegion = await coordinator.request(
      'PATCH',
      `http://${region.host}/api/v1/region/municipalities/${member.tenant.slug}/offers/${offer.id}`,
      {
        headers: { accept: 'application/json', 'x-csrf-token': csrf },
        json: { version: offer.version, name: 'Ændret af regionen' },
      },
    );
    expect(viaRegion.status).toBe(404);

    coordinator.setCookie(
      member.host,
      'socialkompas_session',
      String(coordinator.cookie(region.host, 'socialkompas_session')),
    );
    expect((await get(coordinator, member.host, '/api/v1/me')).json()).toMatchObject({
      authenticated: false,
    });
    const direct = await coordinator.request('PATCH', `http://${member.host}/api/v1/offers/${offer.id}`, {
      headers: { accept: 'application/json', 'x-csrf-token': csrf },
      json: { version: offer.version, name: 'Ændret af regionen' },
    });
    expect(direct.status).toBe(401);
  });

  it('is no path at all on a municipality’s host, and a municipality’s editor is nobody at the region', async () => {
    const editor = new BrowserClient();
    await fixture.login(editor, member.host, 'mads');
    expect((await get(editor, member.host, '/api/v1/region/municipalities')).status).toBe(403);
    expect((await fixture.login(new BrowserClient(), region.host, 'mads')).status).toBe(403);
  });
});
