import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { DemoSeeder, DemoSeedResult, generateDemoCatalogue } from '@socialkompas/demo';
import { SearchIndex } from '@socialkompas/catalogue';
import { nodeArgsFor, startTestApp, TestApp, testDatabaseUrl, uniqueSlug } from '@socialkompas/testing';
import { TenancyService, Tenant } from '@socialkompas/tenancy';
import request from 'supertest';
import { DataSource } from 'typeorm';

const OFFERS = 300;
const SEED = 7;
const REFERENCE_DATE = '2026-01-01';

/** The demo seeder against the real database, checked through the public HTTP API. */
describe('demo seeding', () => {
  let testApp: TestApp;
  let seeder: DemoSeeder;
  let tenant: Tenant;
  let untouched: Tenant;
  let result: DemoSeedResult;
  const get = (slug: string, path: string) =>
    request(testApp.app.getHttpServer()).get(path).set('Host', `${slug}.localhost`).expect(200);

  beforeAll(async () => {
    testApp = await startTestApp();
    ({ tenant } = await testApp.provision({ slug: uniqueSlug('demo'), name: 'Demo Kommune' }));
    ({ tenant: untouched } = await testApp.provision({
      slug: uniqueSlug('demo_other'),
      name: 'Anden Kommune',
    }));
    seeder = new DemoSeeder(testApp.app.get(TenancyService), testApp.app.get(SearchIndex));
    expect(await seeder.isEmpty(tenant)).toBe(true);
    result = await seeder.seed(tenant, { offerCount: OFFERS, seed: SEED, referenceDate: REFERENCE_DATE });
  });

  afterAll(() => testApp.close());

  it('reports what it created', async () => {
    expect(result).toMatchObject({ offers: OFFERS, unknownTermCodes: [] });
    expect(result.organizations.created).toBeGreaterThan(10);
    expect(result.contacts).toBe(OFFERS);
    expect(result.locations).toBeGreaterThan(OFFERS / 2);
    expect(await seeder.isEmpty(tenant)).toBe(false);
  });

  it('lists exactly the published offers of the generated catalogue', async () => {
    // A made-up tenant has no districts, so the seeder generated exactly this.
    const expected = generateDemoCatalogue({
      tenantSlug: tenant.slug,
      offerCount: OFFERS,
      seed: SEED,
      referenceDate: REFERENCE_DATE,
    }).offers.filter((offer) => offer.status === 'published');
    const response = await get(tenant.slug, '/api/v1/offers');
    expect(response.body.total).toBe(expected.length);
    expect(result.published).toBe(expected.length);
  });

  it('indexes the offers for facets and text search', async () => {
    const { body } = await get(tenant.slug, '/api/v1/offers');
    for (const vocabulary of ['challenge', 'target_group', 'activity', 'age_group']) {
      expect(body.facets[vocabulary].length).toBeGreaterThan(0);
    }
    expect(
      body.facets.challenge.reduce((sum: number, term: { count: number }) => sum + term.count, 0),
    ).toBeGreaterThan(body.total);

    const lonely = await get(tenant.slug, '/api/v1/offers?q=ensomhed');
    expect(lonely.body.total).toBeGreaterThan(0);
    expect(lonely.body.total).toBeLessThan(body.total);
    // A synonym finds them too, through the vocabulary.
    const alone = await get(tenant.slug, '/api/v1/offers?q=social%20isolation');
    expect(alone.body.total).toBeGreaterThan(0);
  });

  it('serves a seeded offer with its places, times and contact', async () => {
    const { body } = await get(tenant.slug, '/api/v1/offers?challenge=ensomhed&size=50');
    const withPlace = body.items.find((item: { locations: unknown[] }) => item.locations.length > 0);
    expect(withPlace).toBeDefined();
    const offer = (await get(tenant.slug, `/api/v1/offers/${withPlace.id}`)).body;
    expect(offer.locations[0].postalCode).toMatch(/^[0-9]{4}$/);
    expect(offer.terms.challenge.map((term: { code: string }) => term.code)).toContain('ensomhed');
  });

  it('names each seeded offer and organisation in its audit entry, as the editors’ log shows it', async () => {
    const unnamed = await testApp.app.get(DataSource).query(
      `SELECT count(*)::int AS count FROM "t_${tenant.slug}".audit_log a
         LEFT JOIN "t_${tenant.slug}".offers o ON a.entity_type = 'offer' AND o.id::text = a.entity_id
         LEFT JOIN "t_${tenant.slug}".organizations g ON a.entity_type = 'organization' AND g.id::text = a.entity_id
         WHERE a.entity_label IS DISTINCT FROM coalesce(o.name, g.name)`,
    );
    expect(unnamed).toEqual([{ count: 0 }]);
  });

  it('touches no other tenant', async () => {
    expect(await seeder.isEmpty(untouched)).toBe(true);
    const offers = await get(untouched.slug, '/api/v1/offers');
    expect(offers.body.total).toBe(0);
    const organizations = await get(untouched.slug, '/api/v1/organizations');
    expect(organizations.body.total).toBe(0);
  });

  describe('npm run seed', () => {
    const seed = (...args: string[]) =>
      spawnSync(process.execPath, [...nodeArgsFor('apps/api/src/cli/seed.cli.ts'), ...args], {
        cwd: join(__dirname, '../../..'),
        env: { PATH: process.env.PATH, DATABASE_URL: testDatabaseUrl() },
        encoding: 'utf8',
        timeout: 60_000,
      });

    it('refuses a number of offers out of range, and an unknown tenant, with exit code 2', () => {
      for (const offers of ['0', '100001', 'mange']) {
        const refused = seed('--tenant', tenant.slug, '--offers', offers);
        expect(refused.status).toBe(2);
        expect(refused.stderr).toContain('--offers skal være et heltal fra 1 til 100000');
      }
      const unknown = seed('--tenant', 'findes_ikke', '--offers', '10');
      expect(unknown.status).toBe(2);
      expect(unknown.stderr).toContain('Tenant "findes_ikke" findes ikke');
    });

    it('seeds a tenant and says what it created', async () => {
      const { tenant: fresh } = await testApp.provision({
        slug: uniqueSlug('demo_cli'),
        name: 'CLI Kommune',
      });
      const seeded = seed('--tenant', fresh.slug, '--offers', '25', '--seed', '3');
      expect(seeded.status).toBe(0);
      expect(seeded.stdout).toMatch(/25 tilbud \(\d+ offentliggjort\)/);
      expect(await seeder.isEmpty(fresh)).toBe(false);
    });
  });
});
