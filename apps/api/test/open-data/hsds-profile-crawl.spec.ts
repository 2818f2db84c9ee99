import { DemoSeeder } from '@socialkompas/demo';
import { SearchIndex } from '@socialkompas/catalogue';
import { TenantRegistry, TenancyService } from '@socialkompas/tenancy';
import { startTestApp, type TestApp, uniqueSlug } from '@socialkompas/testing';
import request from 'supertest';
import { crawlHsds } from './hsds-profile-crawler';
import { HsdsValidators } from './hsds-profile-validation';

const PER_PAGE = 40;

describe('a crawl of every HSDS endpoint, page and record of a filled tenant: all valid against the official and the Danish profile schemas', () => {
  let testApp: TestApp;
  let host: string;
  const validators = new HsdsValidators();

  const get = (path: string) => request(testApp.app.getHttpServer()).get(path).set('Host', host).expect(200);

  beforeAll(async () => {
    testApp = await startTestApp();
    const slug = uniqueSlug('crawl');
    await testApp.provision({ slug, name: 'Gennemgangskommune' });
    host = `${slug}.localhost`;
    const tenant = await testApp.app.get(TenantRegistry).findBySlug(slug);
    if (!tenant) throw new Error('the tenant was not provisioned');
    await new DemoSeeder(testApp.app.get(TenancyService), testApp.app.get(SearchIndex)).seed(tenant, {
      offerCount: 150,
      seed: 16,
      referenceDate: '2026-11-01',
    });
  }, 120_000);

  afterAll(() => testApp.close());

  it('names the HSDS version, the profile and the API specification at /hsds/, and each address answers', async () => {
    const root = (await get('/hsds/').expect('Access-Control-Allow-Origin', '*')).body;
    expect(root).toEqual({
      version: '3.0',
      profile: `http://${host}/hsds/profile/`,
      openapi_url: `http://${host}/hsds/openapi.json`,
    });
    for (const url of [root.profile, root.openapi_url])
      await get(new URL(url).pathname).expect('Access-Control-Allow-Origin', '*');
  });

  it('crawls every list under every variant page by page, every record by its id, and every ndjson stream, with no error', async () => {
    const crawl = await crawlHsds(testApp.app, host, validators, PER_PAGE);
    expect(crawl.problems).toEqual([]);
    // A crawl of a near-empty tenant would prove little: the demo fills every list, over several pages.
    const counts = Object.fromEntries(Object.entries(crawl.ids).map(([list, ids]) => [list, ids.length]));
    expect(Object.keys(counts)).toEqual([
      'services',
      'organizations',
      'service_at_locations',
      'taxonomies',
      'taxonomy_terms',
    ]);
    expect(counts.taxonomies).toBe(5);
    expect(Math.min(...Object.values(counts))).toBeGreaterThanOrEqual(5);
    expect(counts.services).toBeGreaterThan(PER_PAGE * 2);
    // Every record was asked for by its id, besides the pages and streams (the demo's number of
    // published offers varies with the day it is seeded on).
    const records = Object.values(counts).reduce((sum, count) => sum + count, 0);
    expect(crawl.requests).toBeGreaterThan(records);
  }, 600_000);

  it('carries the Danish profile in what it serves: vocabularies by code, referral, anonymity and channels', async () => {
    const taxonomies = (await get('/hsds/taxonomies?per_page=10')).body.contents as { code: string }[];
    expect(taxonomies.map((taxonomy) => taxonomy.code).sort()).toEqual([
      'activity',
      'age_group',
      'challenge',
      'district',
      'target_group',
    ]);
    const services = (await get('/hsds/services?per_page=100')).body.contents as Record<string, unknown>[];
    for (const service of services) {
      expect(service).toEqual(
        expect.objectContaining({ referral_required: expect.any(Boolean), anonymous: expect.any(Boolean) }),
      );
      expect(service).not.toHaveProperty('assurer_email');
    }
    expect(services.some((service) => service.anonymous === true)).toBe(true);
    expect(services.some((service) => typeof service.channels === 'string')).toBe(true);
  });
});
