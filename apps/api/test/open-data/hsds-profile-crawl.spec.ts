import { DemoSeeder } from '@socialkompas/demo';
import { SearchIndex } from '@socialkompas/catalogue';
import { TenantRegistry, TenancyService } from '@socialkompas/tenancy';
import { startTestApp, type TestApp, uniqueSlug } from '@socialkompas/testing';
import request, { type Response } from 'supertest';
import { describeErrors, HsdsValidators, type HsdsResponseSchema } from './hsds-profile-validation';

/** One list of the HSDS API, the schema of its items under each query, and the schema of its `{id}`. */
interface HsdsList {
  path: string;
  variants: { query: string; item: HsdsResponseSchema }[];
  record: HsdsResponseSchema;
  recordQueries: string[];
}

const LISTS: HsdsList[] = [
  {
    path: 'services',
    variants: [
      { query: '', item: 'service_list.json' },
      { query: 'minimal=true', item: 'service_list.json' },
      { query: 'full=true', item: 'service.json' },
    ],
    record: 'service.json',
    recordQueries: [''],
  },
  {
    path: 'organizations',
    variants: [
      { query: '', item: 'organization_list.json' },
      { query: 'full=true', item: 'organization.json' },
      { query: 'full_service=true', item: 'organization.json' },
    ],
    record: 'organization.json',
    recordQueries: ['', 'full_service=true'],
  },
  {
    path: 'service_at_locations',
    variants: [
      { query: '', item: 'service_at_location_list.json' },
      { query: 'full=true', item: 'service_at_location.json' },
    ],
    record: 'service_at_location.json',
    recordQueries: [''],
  },
  {
    path: 'taxonomies',
    variants: [{ query: '', item: 'taxonomy.json' }],
    record: 'taxonomy.json',
    recordQueries: [''],
  },
  {
    path: 'taxonomy_terms',
    variants: [{ query: '', item: 'taxonomy_term.json' }],
    record: 'taxonomy_term.json',
    recordQueries: [''],
  },
];

const PER_PAGE = 40;

describe('a crawl of every HSDS endpoint, page and record of a filled tenant: all valid against the official and the Danish profile schemas', () => {
  let testApp: TestApp;
  let host: string;
  const validators = new HsdsValidators();
  /** Everything the crawl found wrong, as one list: the test shows it whole. */
  const problems: unknown[] = [];
  let requests = 0;

  const get = async (path: string): Promise<Response> => {
    requests += 1;
    const response = await request(testApp.app.getHttpServer()).get(path).set('Host', host);
    if (response.status !== 200) problems.push({ path, status: response.status, body: response.body });
    if (response.headers['access-control-allow-origin'] !== '*') problems.push({ path, cors: 'missing' });
    return response;
  };

  const check = (path: string, schema: HsdsResponseSchema, records: unknown[]) => {
    for (const refusal of validators.refusals(schema, records)) problems.push({ path, ...refusal });
  };

  const withQuery = (path: string, ...queries: string[]) => {
    const query = queries.filter(Boolean).join('&');
    return query ? `${path}?${query}` : path;
  };

  /** Every page of a list; the ids of its items, in order. */
  const crawlPages = async (list: HsdsList, variant: HsdsList['variants'][number]): Promise<string[]> => {
    const ids: string[] = [];
    let pages = 1;
    for (let page = 1; page <= pages; page += 1) {
      const path = withQuery(`/hsds/${list.path}`, variant.query, `page=${page}`, `per_page=${PER_PAGE}`);
      const body = (await get(path)).body;
      const validPage = validators.page();
      if (!validPage(body)) problems.push({ path, page: describeErrors(validPage.errors) });
      expect([path, body.page_number, body.first_page, body.last_page]).toEqual([
        path,
        page,
        page === 1,
        page === body.total_pages,
      ]);
      pages = body.total_pages;
      check(path, variant.item, body.contents);
      ids.push(...body.contents.map((item: { id: string }) => item.id));
    }
    return ids;
  };

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
    const root = (await get('/hsds/')).body;
    expect(root).toEqual({
      version: '3.0',
      profile: `http://${host}/hsds/profile/`,
      openapi_url: `http://${host}/hsds/openapi.json`,
    });
    for (const url of [root.profile, root.openapi_url]) await get(new URL(url).pathname);
    expect(problems).toEqual([]);
  });

  it('crawls every list under every variant page by page, every record by its id, and every ndjson stream, with no error', async () => {
    const counts: Record<string, number> = {};
    for (const list of LISTS) {
      const ids = await crawlPages(list, list.variants[0]);
      counts[list.path] = ids.length;
      expect([list.path, new Set(ids).size]).toEqual([list.path, ids.length]);
      for (const variant of list.variants.slice(1)) {
        expect([list.path, variant.query, await crawlPages(list, variant)]).toEqual([
          list.path,
          variant.query,
          ids,
        ]);
      }
      for (const id of ids) {
        for (const query of list.recordQueries) {
          const path = withQuery(`/hsds/${list.path}/${id}`, query);
          const record = (await get(path)).body;
          expect([path, record.id]).toEqual([path, id]);
          check(path, list.record, [record]);
        }
      }
      const path = `/hsds/${list.path}?format=ndjson`;
      const stream = await get(path);
      expect([path, stream.headers['content-type']]).toEqual([
        path,
        expect.stringMatching(/^application\/x-ndjson/),
      ]);
      const lines = stream.text
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as { id: string });
      expect([path, lines.map((line) => line.id).sort()]).toEqual([path, [...ids].sort()]);
      check(path, list.variants[0].item, lines);
    }
    expect(problems).toEqual([]);
    // A crawl of a near-empty tenant would prove little: the demo fills every list.
    expect(counts).toEqual({
      services: expect.any(Number),
      organizations: expect.any(Number),
      service_at_locations: expect.any(Number),
      taxonomies: 5,
      taxonomy_terms: expect.any(Number),
    });
    expect(Math.min(...Object.values(counts))).toBeGreaterThanOrEqual(5);
    expect(counts.services).toBeGreaterThan(PER_PAGE * 2);
    expect(requests).toBeGreaterThan(500);
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
    expect(services.some((service) => typeof service.channels === 'string')).toBe(true);
    expect(problems).toEqual([]);
  });
});
