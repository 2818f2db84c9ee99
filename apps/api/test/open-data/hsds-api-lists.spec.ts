import { DemoSeeder } from '@socialkompas/demo';
import { SearchIndex } from '@socialkompas/catalogue';
import { TenancyService, TenantRegistry } from '@socialkompas/tenancy';
import { CatalogueFixture, startTwoTenants, TwoTenants } from '../catalogue/catalogue-fixture';
import {
  asText,
  FRACTIONAL_SECONDS,
  hasEmptyField,
  HsdsSchema,
  HsdsValidator,
  ndjsonRecords,
  PAGE_FIELDS,
} from './hsds-api-support';

type HsdsRecord = Record<string, unknown> & { id: string };
type Page = Record<'total_items' | 'total_pages' | 'page_number' | 'size', number> &
  Record<'first_page' | 'last_page' | 'empty', boolean> & { contents: HsdsRecord[] };

const PER_PAGE = 25;

describe('HSDS API of a municipality: every list and record, valid against the compiled schemas', () => {
  let tenants: TwoTenants;
  let a: CatalogueFixture;
  let b: CatalogueFixture;
  let published: number;
  const validator = new HsdsValidator();
  const ids: Record<string, string> = {};

  const page = async (path: string): Promise<Page> => {
    const response = await a.get(path).expect(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(Object.keys(response.body)).toEqual(PAGE_FIELDS);
    return response.body;
  };
  const ndjson = async (fixture: CatalogueFixture, path: string) => {
    const response = await fixture.get(path).buffer(true).parse(asText).expect(200);
    expect(response.headers['content-type']).toMatch(/^application\/x-ndjson/);
    return ndjsonRecords(response) as HsdsRecord[];
  };
  const expectValid = (schema: HsdsSchema, records: unknown[]) => {
    expect(validator.problems(schema, records)).toEqual([]);
    expect(hasEmptyField(records)).toBe(false);
    expect(JSON.stringify(records)).not.toMatch(FRACTIONAL_SECONDS);
  };

  beforeAll(async () => {
    tenants = await startTwoTenants('hsdslist', ['HSDS-kommune A', 'HSDS-kommune B']);
    ({ a, b } = tenants);
    const app = tenants.testApp.app;
    const tenantA = await app.get(TenantRegistry).findBySlug(a.slug);
    if (!tenantA) throw new Error('tenant A was not provisioned');
    const seeder = new DemoSeeder(app.get(TenancyService), app.get(SearchIndex));
    published = (await seeder.seed(tenantA, { offerCount: 120, seed: 16, referenceDate: '2026-01-01' }))
      .published;
    await a.loadTaxonomy();
    await b.loadTaxonomy();
    ids.organization = await a.organization('Foreningen Åben Dør');
    ids.lonely = (
      await a.offer({
        organizationId: ids.organization,
        name: 'Fællesspisning mod ensomhed',
        summary: 'Vi spiser sammen hver torsdag.',
        termIds: [a.term('challenge', 'ensomhed'), a.term('activity', 'samtalegruppe')],
        locations: [{ name: 'Åben Dør', address1: 'Søndergade 1', postalCode: '8000', city: 'Aarhus C' }],
        contacts: [{ name: 'Kontakt Person', email: 'kontakt@aabendoer.example.dk' }],
      })
    ).id;
    ids.lonelyFar = (
      await a.offer({
        organizationId: ids.organization,
        name: 'Gåtur mod ensomhed i Skagen',
        termIds: [a.term('challenge', 'ensomhed')],
        locations: [{ name: 'Havnen', address1: 'Havnevej 1', postalCode: '9990', city: 'Skagen' }],
      })
    ).id;
    ids.draft = (
      await a.offer(
        {
          organizationId: ids.organization,
          name: 'Kladde om ensomhed',
          termIds: [a.term('challenge', 'ensomhed')],
        },
        'draft',
      )
    ).id;
    ids.otherTenant = (
      await b.offer({ organizationId: await b.organization('B-foreningen'), name: 'Ensomhed i B' })
    ).id;
    published += 2;
  }, 180_000);

  afterAll(() => tenants.testApp.close());

  it('names the HSDS version, the profile and the openapi.json at their absolute addresses', async () => {
    const root = await a.get('/hsds/').expect(200);
    expect(root.body).toEqual({
      version: '3.0',
      profile: `http://${a.host}/hsds/profile/`,
      openapi_url: `http://${a.host}/hsds/openapi.json`,
    });
  });

  it('pages the services: the first, a middle and the last page, each a valid Page of service_list items', async () => {
    const first = await page(`/hsds/services?per_page=${PER_PAGE}`);
    const pages = Math.ceil(published / PER_PAGE);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(first).toMatchObject({
      total_items: published,
      total_pages: pages,
      page_number: 1,
      size: PER_PAGE,
      first_page: true,
      last_page: false,
      empty: false,
    });
    const middle = await page(`/hsds/services?per_page=${PER_PAGE}&page=2`);
    expect(middle).toMatchObject({ page_number: 2, size: PER_PAGE, first_page: false, last_page: false });
    const last = await page(`/hsds/services?per_page=${PER_PAGE}&page=${pages}`);
    expect(last).toMatchObject({
      page_number: pages,
      size: published - (pages - 1) * PER_PAGE,
      first_page: false,
      last_page: true,
      empty: false,
    });
    const beyond = await page(`/hsds/services?per_page=${PER_PAGE}&page=${pages + 1}`);
    expect(beyond).toMatchObject({ size: 0, empty: true, last_page: true, contents: [] });
    for (const answer of [first, middle, last]) {
      expectValid('service_list', answer.contents);
      for (const service of answer.contents) {
        expect(service).toMatchObject({ status: 'active', organization: { id: service.organization_id } });
      }
    }
    // Pages neither overlap nor skip: together they are the whole list.
    const all = [];
    for (let number = 1; number <= pages; number += 1) {
      all.push(
        ...(await page(`/hsds/services?per_page=${PER_PAGE}&page=${number}`)).contents.map((s) => s.id),
      );
    }
    expect(new Set(all).size).toBe(published);
    expect(all).not.toContain(ids.draft);
    expect(all).not.toContain(ids.otherTenant);
  });

  it('answers /services/{id} for every service of a page with a full service', async () => {
    const { contents } = await page('/hsds/services?per_page=40&page=2');
    const services = [];
    for (const item of contents) services.push((await a.get(`/hsds/services/${item.id}`).expect(200)).body);
    expectValid('service', services);
    expect(services.map((service) => service.id)).toEqual(contents.map((item) => item.id));
    expect(services.some((service) => Array.isArray(service.service_at_locations))).toBe(true);
    expect(services.some((service) => Array.isArray(service.schedules))).toBe(true);
  });

  it('gives minimal services (id, name, status, last_modified) and full ones', async () => {
    const minimal = await page(`/hsds/services?per_page=${PER_PAGE}&minimal=true`);
    expectValid('service_list', minimal.contents);
    for (const service of minimal.contents) {
      expect(Object.keys(service).sort()).toEqual(['id', 'last_modified', 'name', 'status']);
    }
    const full = await page(`/hsds/services?per_page=${PER_PAGE}&full=true&search=ensomhed`);
    expectValid('service', full.contents);
    const lonely = full.contents.find((service) => service.id === ids.lonely);
    expect(lonely).toMatchObject({
      organization: { name: 'Foreningen Åben Dør' },
      contacts: [{ name: 'Kontakt Person' }],
      service_at_locations: [{ location: { name: 'Åben Dør', addresses: [{ postal_code: '8000' }] } }],
      attributes: expect.arrayContaining([
        expect.objectContaining({ taxonomy_term: expect.objectContaining({ code: 'challenge:ensomhed' }) }),
      ]),
      metadata: expect.arrayContaining([
        expect.objectContaining({ field_name: 'name', replacement_value: 'Fællesspisning mod ensomhed' }),
      ]),
    });
  });

  it('streams the whole list as ndjson, without pages, exactly the paged list', async () => {
    const streamed = await ndjson(a, '/hsds/services?format=ndjson');
    expect(streamed).toHaveLength(published);
    expectValid('service_list', streamed);
    const paged = (await page('/hsds/services?per_page=500')).contents;
    expect(streamed.map((service) => service.id)).toEqual(paged.map((service) => service.id));
    const full = await ndjson(a, '/hsds/services?format=ndjson&full=true&search=ensomhed');
    expectValid('service', full);
    expect(full.map((service) => service.id)).toEqual(expect.arrayContaining([ids.lonely, ids.lonelyFar]));
    expect(full.map((service) => service.id)).not.toContain(ids.draft);
    const otherTenant = await ndjson(b, '/hsds/services?format=ndjson&minimal=true');
    expect(otherTenant.map((service) => service.id)).toEqual([ids.otherTenant]);
  });

  it('filters services by text, term, taxonomy and organisation, all combined with AND', async () => {
    const ensomhed = a.term('challenge', 'ensomhed');
    const bySearch = (await page('/hsds/services?per_page=500&search=ensomhed')).contents.map((s) => s.id);
    expect(bySearch).toEqual(expect.arrayContaining([ids.lonely, ids.lonelyFar]));
    const byOrganization = (await page(`/hsds/services?organization_id=${ids.organization}`)).contents;
    expect(byOrganization.map((s) => s.id).sort()).toEqual([ids.lonely, ids.lonelyFar].sort());
    const byTerm = (await page(`/hsds/services?per_page=500&taxonomy_term_id=${ensomhed}`)).contents.map(
      (s) => s.id,
    );
    expect(byTerm).toEqual(expect.arrayContaining([ids.lonely, ids.lonelyFar]));
    const activity = (await a.get('/api/v1/taxonomy').expect(200)).body.items.find(
      (vocabulary: { code: string }) => vocabulary.code === 'activity',
    );
    const taxonomy = (await page('/hsds/taxonomies')).contents.find(
      (record) => record.name === activity.name,
    );
    const combined = await page(
      `/hsds/services?organization_id=${ids.organization}&taxonomy_id=${taxonomy?.id}&search=ensomhed`,
    );
    expect(combined.contents.map((s) => s.id)).toEqual([ids.lonely]);
    const none = await page(`/hsds/services?organization_id=${ids.organization}&search=hestevognsløb`);
    expect(none).toMatchObject({
      total_items: 0,
      total_pages: 0,
      empty: true,
      first_page: true,
      last_page: true,
    });
  });

  it('lists services at locations near a postcode, and answers each by its id', async () => {
    const all = await page(`/hsds/service_at_locations?per_page=${PER_PAGE}`);
    expect(all.total_items).toBeGreaterThan(0);
    expectValid('service_at_location_list', all.contents);
    const records = [];
    for (const item of all.contents)
      records.push((await a.get(`/hsds/service_at_locations/${item.id}`).expect(200)).body);
    expectValid('service_at_location', records);
    expect(records.map((record) => record.id)).toEqual(all.contents.map((item) => item.id));

    const ofOrganization = `organization_id=${ids.organization}`;
    const inPostcode = await page(`/hsds/service_at_locations?${ofOrganization}&postcode=8000`);
    expect(inPostcode.contents.map((item) => item.service_id)).toEqual([ids.lonely]);
    // Skagen is about 240 km from Aarhus C; 5 km around 8000 is Aarhus alone, 300 km takes both.
    const near = await page(`/hsds/service_at_locations?${ofOrganization}&postcode=8000&proximity=5000`);
    expect(near.contents.map((item) => item.service_id)).toEqual([ids.lonely]);
    const far = await page(`/hsds/service_at_locations?${ofOrganization}&postcode=8000&proximity=300000`);
    expect(far.contents.map((item) => item.service_id).sort()).toEqual([ids.lonely, ids.lonelyFar].sort());
    const fullItems = await page(`/hsds/service_at_locations?${ofOrganization}&full=true`);
    expectValid('service_at_location', fullItems.contents);
    expect(fullItems.contents[0]).toMatchObject({
      location: { addresses: [expect.objectContaining({ country: 'DK' })] },
    });
    const streamed = await ndjson(a, '/hsds/service_at_locations?format=ndjson');
    expect(streamed).toHaveLength(all.total_items);
  });

  it('lists published organisations, in brief, full and with full services, and answers each by its id', async () => {
    const list = await page('/hsds/organizations?per_page=10');
    expect(list.total_items).toBeGreaterThan(1);
    expectValid('organization_list', list.contents);
    const records = [];
    for (const item of list.contents)
      records.push((await a.get(`/hsds/organizations/${item.id}`).expect(200)).body);
    expectValid('organization', records);
    const full = await page('/hsds/organizations?per_page=10&full=true');
    expectValid('organization', full.contents);
    const own = (await a.get(`/hsds/organizations/${ids.organization}?full_service=true`).expect(200)).body;
    expectValid('organization', [own]);
    expect(own.services.map((service: HsdsRecord) => service.id).sort()).toEqual(
      [ids.lonely, ids.lonelyFar].sort(),
    );
    expectValid('service', own.services);
    const found = await page('/hsds/organizations?search=åben dør');
    expect(found.contents.map((organization) => organization.id)).toEqual([ids.organization]);
    const streamed = await ndjson(a, '/hsds/organizations?format=ndjson&full_service=true');
    expect(streamed).toHaveLength(list.total_items);
    expectValid('organization', streamed);
  });

  it('lists the vocabularies and their terms, filtered by taxonomy, top terms and parent, and answers each by its id', async () => {
    const taxonomies = await page('/hsds/taxonomies');
    expect(taxonomies.total_items).toBe(5);
    expectValid('taxonomy', taxonomies.contents);
    for (const taxonomy of taxonomies.contents) {
      expectValid('taxonomy', [(await a.get(`/hsds/taxonomies/${taxonomy.id}`).expect(200)).body]);
    }
    const terms = await page('/hsds/taxonomy_terms?per_page=30&page=2');
    expectValid('taxonomy_term', terms.contents);
    for (const term of terms.contents) {
      expectValid('taxonomy_term', [(await a.get(`/hsds/taxonomy_terms/${term.id}`).expect(200)).body]);
    }
    const challenge = taxonomies.contents.find((taxonomy) => taxonomy.name === 'Udfordring');
    if (!challenge) throw new Error('no challenge vocabulary');
    const ofChallenge = await page(`/hsds/taxonomy_terms?per_page=500&taxonomy_id=${challenge.id}`);
    expect(ofChallenge.total_items).toBeGreaterThan(10);
    expect(ofChallenge.contents.every((term) => term.taxonomy_id === challenge.id)).toBe(true);
    // Our vocabularies are flat: every term is a top term, none has a parent.
    const top = await page(`/hsds/taxonomy_terms?per_page=500&taxonomy_id=${challenge.id}&top_only=true`);
    expect(top.total_items).toBe(ofChallenge.total_items);
    const children = await page(`/hsds/taxonomy_terms?parent_id=${ofChallenge.contents[0].id}`);
    expect(children).toMatchObject({ total_items: 0, empty: true });
    const found = await page(`/hsds/taxonomy_terms?search=ensomhed&taxonomy_id=${challenge.id}`);
    expect(found.contents.map((term) => term.code)).toContain('challenge:ensomhed');
    expect((await ndjson(a, '/hsds/taxonomy_terms?format=ndjson')).length).toBe(
      (await page('/hsds/taxonomy_terms')).total_items,
    );
  });

  it('validates a crawl of every list, every page and every record with no error, as a consumer would crawl it', async () => {
    const lists: [string, HsdsSchema, HsdsSchema][] = [
      ['services', 'service_list', 'service'],
      ['service_at_locations', 'service_at_location_list', 'service_at_location'],
      ['organizations', 'organization_list', 'organization'],
      ['taxonomies', 'taxonomy', 'taxonomy'],
      ['taxonomy_terms', 'taxonomy_term', 'taxonomy_term'],
    ];
    const problems: unknown[] = [];
    let records = 0;
    for (const [list, itemSchema, recordSchema] of lists) {
      for (let number = 1, last = false; !last; number += 1) {
        const answer = await page(`/hsds/${list}?per_page=50&page=${number}`);
        last = answer.last_page;
        problems.push(...validator.problems(itemSchema, answer.contents));
        for (const item of answer.contents) {
          const record = await a.get(`/hsds/${list}/${item.id}`).expect(200);
          problems.push(...validator.problems(recordSchema, [record.body]));
          records += 1;
        }
      }
    }
    expect(problems).toEqual([]);
    expect(records).toBeGreaterThan(published);
  }, 120_000);
});
