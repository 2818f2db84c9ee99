import { TenantProvisioningService } from '@socialkompas/tenancy';
import type { createScratchDatabase, TestApp } from '@socialkompas/testing';
import { CatalogueFixture } from '../catalogue/catalogue-fixture';
import { startTenantNetwork } from '../catalogue/tenant-network-fixture';
import { asText, HsdsValidator, ndjsonRecords } from './hsds-api-support';

type Listed = { id: string; [field: string]: unknown };

/**
 * The HSDS API of a region and of the nation: their members' published catalogues through the
 * cross-tenant read path, in the tenant network's database of its own.
 */
describe('HSDS API on region and national hosts', () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let testApp: TestApp;
  const validator = new HsdsValidator();
  const fixtures: Record<string, CatalogueFixture> = {};
  const offers: Record<string, string> = {};
  const organizations: Record<string, string> = {};

  const page = async (host: string, path: string) => (await fixtures[host].get(path).expect(200)).body;
  const serviceIds = async (host: string, query = '') =>
    (await page(host, `/hsds/services?per_page=500${query}`)).contents
      .map((service: Listed) => service.id)
      .sort();
  const expected = (...names: string[]) => names.map((name) => offers[name]).sort();

  beforeAll(async () => {
    const network = await startTenantNetwork('hsds_scope');
    ({ scratch, testApp } = network);
    Object.assign(fixtures, network.fixtures);
    const offer = async (host: string, name: string, status: 'published' | 'draft' = 'published') => {
      const fixture = fixtures[host];
      organizations[host] ??= await fixture.organization(`Forening i ${host}`);
      const organizationId = organizations[host];
      offers[name] = (
        await fixture.offer(
          {
            organizationId,
            name,
            summary: `Samvær om ensomhed: ${name}.`,
            termIds: [fixture.term('challenge', 'ensomhed')],
            locations: [{ name: `Huset ${name}`, address1: 'Gaden 1', postalCode: '8000', city: 'Aarhus C' }],
          },
          status,
        )
      ).id;
    };
    await offer('midt', 'regionens');
    for (const name of ['aarhus1', 'aarhus2', 'aarhus3']) await offer('aarhus', name);
    await offer('aarhus', 'aarhusKladde', 'draft');
    for (const name of ['silkeborg1', 'silkeborg2']) await offer('silkeborg', name);
    await offer('lukket', 'lukkets');
    await offer('odense', 'odenses');
    await offer('danmark', 'landsdækkende');
    await testApp.app.get(TenantProvisioningService).setStatus('lukket', 'suspended');
  }, 240_000);

  afterAll(async () => {
    await testApp?.close();
    await scratch?.drop();
  });

  it('serves on a region host its own, its active members’ and the national published services, nothing else', async () => {
    expect(await serviceIds('midt')).toEqual(
      expected('regionens', 'aarhus1', 'aarhus2', 'aarhus3', 'silkeborg1', 'silkeborg2', 'landsdækkende'),
    );
    // A municipality's own API is its own catalogue.
    expect(await serviceIds('aarhus')).toEqual(expected('aarhus1', 'aarhus2', 'aarhus3'));
  });

  it('pages across the members: pages of two are the whole list in one order, as ndjson streams it', async () => {
    const first = await page('midt', '/hsds/services?per_page=2');
    expect(first).toMatchObject({
      total_items: 7,
      total_pages: 4,
      size: 2,
      first_page: true,
      last_page: false,
    });
    const paged: string[] = [];
    for (let number = 1; number <= first.total_pages; number += 1) {
      const answer = await page('midt', `/hsds/services?per_page=2&page=${number}`);
      expect(validator.problems('service_list', answer.contents)).toEqual([]);
      paged.push(...answer.contents.map((service: Listed) => service.id));
    }
    expect(paged).toEqual([...paged].sort());
    expect(paged.sort()).toEqual(await serviceIds('midt'));
    const streamed = await fixtures.midt
      .get('/hsds/services?format=ndjson&full=true')
      .buffer(true)
      .parse(asText)
      .expect(200);
    const services = ndjsonRecords(streamed);
    expect(validator.problems('service', services)).toEqual([]);
    expect(services.map((service) => service.id).sort()).toEqual(paged);
  });

  it('answers every listed id on the region host, and 404 for a draft, a non-member and a suspended member', async () => {
    const { contents } = await page('midt', '/hsds/services?per_page=500');
    for (const item of contents) {
      const service = (await fixtures.midt.get(`/hsds/services/${item.id}`).expect(200)).body;
      expect(validator.problems('service', [service])).toEqual([]);
    }
    const aarhus = (await fixtures.midt.get(`/hsds/services/${offers.aarhus1}`).expect(200)).body;
    expect(aarhus.metadata[0]).toMatchObject({ updated_by: 'Aarhus Kommune' });
    for (const hidden of ['aarhusKladde', 'odenses', 'lukkets']) {
      const response = await fixtures.midt.get(`/hsds/services/${offers[hidden]}`);
      expect([hidden, response.status, response.headers['access-control-allow-origin']]).toEqual([
        hidden,
        404,
        '*',
      ]);
    }
    const atLocations = await page(
      'midt',
      '/hsds/service_at_locations?per_page=500&postcode=8000&proximity=1000',
    );
    expect(atLocations.contents.map((item: Listed) => item.service_id).sort()).toEqual(
      await serviceIds('midt'),
    );
    for (const item of atLocations.contents) {
      const record = (await fixtures.midt.get(`/hsds/service_at_locations/${item.id}`).expect(200)).body;
      expect(validator.problems('service_at_location', [record])).toEqual([]);
    }
  });

  it('lists the members’ organisations and vocabularies, each member’s under its own ids', async () => {
    const organizations = await page('midt', '/hsds/organizations?per_page=500');
    expect(organizations.contents.map((organization: Listed) => organization.name).sort()).toEqual(
      ['Forening i aarhus', 'Forening i danmark', 'Forening i midt', 'Forening i silkeborg'].sort(),
    );
    expect(validator.problems('organization_list', organizations.contents)).toEqual([]);
    const own = organizations.contents.find(
      (organization: Listed) => organization.name === 'Forening i silkeborg',
    );
    const withServices = (await fixtures.midt.get(`/hsds/organizations/${own.id}`).expect(200)).body;
    expect(withServices.services.map((service: Listed) => service.id).sort()).toEqual(
      expected('silkeborg1', 'silkeborg2'),
    );
    const taxonomies = await page('midt', '/hsds/taxonomies');
    expect(taxonomies.total_items).toBe(5 * 4);
    const challengeTerms = await page('midt', '/hsds/taxonomy_terms?per_page=500&search=ensomhed');
    expect(challengeTerms.contents.filter((term: Listed) => term.code === 'challenge:ensomhed')).toHaveLength(
      4,
    );
    const term = challengeTerms.contents[0];
    expect(
      validator.problems('taxonomy_term', [
        (await fixtures.midt.get(`/hsds/taxonomy_terms/${term.id}`).expect(200)).body,
      ]),
    ).toEqual([]);
    // A member's term filters that member's services; the same word in another member is another term.
    const aarhusTerm = fixtures.aarhus.term('challenge', 'ensomhed');
    expect(await serviceIds('midt', `&taxonomy_term_id=${aarhusTerm}`)).toEqual(
      expected('aarhus1', 'aarhus2', 'aarhus3'),
    );
  });

  it('serves on the national host every active tenant’s published services, and nothing of a suspended one or a draft', async () => {
    expect(await serviceIds('danmark')).toEqual(
      expected(
        'regionens',
        'aarhus1',
        'aarhus2',
        'aarhus3',
        'silkeborg1',
        'silkeborg2',
        'odenses',
        'landsdækkende',
      ),
    );
    expect(await serviceIds('danmark', '&search=ensomhed')).toHaveLength(8);
    const root = (await fixtures.danmark.get('/hsds/').expect(200)).body;
    expect(root).toEqual({
      version: '3.0',
      profile: 'http://localhost/hsds/profile/',
      openapi_url: 'http://localhost/hsds/openapi.json',
    });
  });
});
