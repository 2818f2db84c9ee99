import { DataSource } from 'typeorm';
import { TenantProvisioningService } from '@socialkompas/tenancy';
import { uniqueSlug } from '@socialkompas/testing';
import type { Response } from 'supertest';
import { CatalogueFixture, startTwoTenants, TwoTenants } from '../catalogue/catalogue-fixture';

/** Every answer of the HSDS API, errors included, may be read by any web page. */
const expectOpenToAnyOrigin = (response: Response, what: string) =>
  expect([what, response.headers['access-control-allow-origin']]).toEqual([what, '*']);

describe('HSDS API: bad parameters, unknown and hidden ids, and CORS on every answer', () => {
  let tenants: TwoTenants;
  let a: CatalogueFixture;
  let b: CatalogueFixture;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    tenants = await startTwoTenants('hsdserr', ['Fejlkommune A', 'Fejlkommune B']);
    ({ a, b } = tenants);
    await a.loadTaxonomy();
    await b.loadTaxonomy();
    const organizationId = await a.organization('Fejlforeningen');
    const place = {
      locations: [{ name: 'Huset', address1: 'Gade 1', postalCode: '8000', city: 'Aarhus C' }],
    };
    ids.published = (await a.offer({ organizationId, name: 'Åbent tilbud', ...place })).id;
    ids.draft = (await a.offer({ organizationId, name: 'Kladde', ...place }, 'draft')).id;
    const withdrawn = await a.offer({ organizationId, name: 'Trukket tilbage', ...place });
    ids.withdrawn = withdrawn.id;
    ids.withdrawnAtLocation = (
      await a.get(`/hsds/service_at_locations?organization_id=${organizationId}&per_page=10`).expect(200)
    ).body.contents.find((item: { service_id: string }) => item.service_id === withdrawn.id).id;
    await a.post(`/api/v1/offers/${withdrawn.id}/archive`, { version: withdrawn.version }).expect(201);
    ids.unpublishedOrganization = (
      await a.post('/api/v1/organizations', { name: 'Ikke udgivet' }).expect(201)
    ).body.id;
    const bOrganization = await b.organization('B-foreningen');
    ids.bOrganization = bOrganization;
    ids.bOffer = (await b.offer({ organizationId: bOrganization, name: 'Kun i B', ...place })).id;
    ids.bTaxonomy = (await b.get('/hsds/taxonomies').expect(200)).body.contents[0].id;
    ids.bTerm = b.term('challenge', 'ensomhed');
    ids.bAtLocation = (await b.get('/hsds/service_at_locations').expect(200)).body.contents[0].id;
  }, 120_000);

  afterAll(() => tenants.testApp.close());

  it.each([
    ['/hsds/services?per_page=0', 'per_page'],
    ['/hsds/services?per_page=501', 'per_page'],
    ['/hsds/services?page=-1', 'page'],
    ['/hsds/services?page=abc', 'page'],
    ['/hsds/services?modified_after=yesterday', 'modified_after'],
    ['/hsds/services?modified_after=2026-12-03', 'modified_after'],
    ['/hsds/services?modified_after=2026-13-03T10:00:00Z', 'modified_after'],
    ['/hsds/services?minimal=maybe', 'minimal'],
    ['/hsds/services?taxonomy_term_id=ensomhed', 'taxonomy_term_id'],
    ['/hsds/services?format=xml', 'format'],
    ['/hsds/services?q=ensomhed', 'q'],
    ['/hsds/service_at_locations?postcode=8000&proximity=-5', 'proximity'],
    ['/hsds/service_at_locations?proximity=500', 'proximity'],
    ['/hsds/service_at_locations?postcode=80000', 'postcode'],
    ['/hsds/service_at_locations?postcode=0001', 'postcode'],
    ['/hsds/organizations?full_service=yes', 'full_service'],
    ['/hsds/taxonomy_terms?parent_id=1', 'parent_id'],
    ['/hsds/taxonomy_terms?top_only=1x', 'top_only'],
    ['/hsds/services/not-a-uuid', 'id'],
  ])('answers %s with a 400 problem naming %s', async (path, field) => {
    const response = await a.get(path).expect(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.status).toBe(400);
    expect(new Set(response.body.errors.map((error: { field: string }) => error.field))).toEqual(
      new Set([field]),
    );
    expectOpenToAnyOrigin(response, path);
  });

  it('answers 404 for a draft, a withdrawn offer, an unknown id and every id of another tenant', async () => {
    const unknown = '3f2c1e9a-5b7d-4c1e-9f0a-2b3c4d5e6f70';
    const hidden = [
      `/hsds/services/${ids.draft}`,
      `/hsds/services/${ids.withdrawn}`,
      `/hsds/services/${unknown}`,
      `/hsds/services/${ids.bOffer}`,
      `/hsds/service_at_locations/${ids.withdrawnAtLocation}`,
      `/hsds/service_at_locations/${ids.bAtLocation}`,
      `/hsds/service_at_locations/${unknown}`,
      `/hsds/organizations/${ids.unpublishedOrganization}`,
      `/hsds/organizations/${ids.bOrganization}`,
      `/hsds/taxonomies/${ids.bTaxonomy}`,
      `/hsds/taxonomy_terms/${ids.bTerm}`,
    ];
    for (const path of hidden) {
      const response = await a.get(path);
      expect([path, response.status, response.body.status]).toEqual([path, 404, 404]);
      expectOpenToAnyOrigin(response, path);
    }
    // The same ids are there in their own tenant, so the 404s above are about the tenant.
    await b.get(`/hsds/services/${ids.bOffer}`).expect(200);
    await b.get(`/hsds/service_at_locations/${ids.bAtLocation}`).expect(200);
    await b.get(`/hsds/organizations/${ids.bOrganization}`).expect(200);
    await b.get(`/hsds/taxonomies/${ids.bTaxonomy}`).expect(200);
    await b.get(`/hsds/taxonomy_terms/${ids.bTerm}`).expect(200);
    const list = (await a.get('/hsds/services').expect(200)).body.contents.map(
      (service: { id: string }) => service.id,
    );
    expect(list).toEqual([ids.published]);
  });

  it('opens every answer to any origin: lists, records, ndjson, unknown routes, other methods, unknown and closed hosts', async () => {
    for (const path of [
      '/hsds',
      '/hsds/',
      '/hsds/services',
      `/hsds/services/${ids.published}`,
      '/hsds/services?format=ndjson',
    ]) {
      expectOpenToAnyOrigin(await a.get(path).expect(200), path);
    }
    expectOpenToAnyOrigin(await a.get('/hsds/programs').expect(404), 'an unknown route');
    expectOpenToAnyOrigin(await a.post('/hsds/services', { name: 'Nyt' }).expect(404), 'a POST');
    const unknownHost = await a.http().get('/hsds/services').set('Host', 'findes-ikke.localhost').expect(404);
    expectOpenToAnyOrigin(unknownHost, 'an unknown host');
    const closed = uniqueSlug('hsdsclosed');
    await tenants.testApp.provision({ slug: closed, name: 'Lukket kommune' });
    await tenants.testApp.app.get(TenantProvisioningService).setStatus(closed, 'suspended');
    expectOpenToAnyOrigin(
      await a.http().get('/hsds/services').set('Host', `${closed}.localhost`).expect(403),
      'a suspended tenant',
    );
    // A preflight is answered for GET alone.
    const preflight = await a
      .http()
      .options('/hsds/services')
      .set('Host', a.host)
      .set('Origin', 'https://portal.example')
      .set('Access-Control-Request-Method', 'GET')
      .set('Access-Control-Request-Headers', 'accept')
      .expect(204);
    expectOpenToAnyOrigin(preflight, 'a preflight');
    expect(preflight.headers['access-control-allow-methods']).toBe('GET, HEAD, OPTIONS');
    // Other sites' scripts may read it despite helmet's same-origin default; the rest of the API stays closed.
    expect((await a.get('/hsds/services').expect(200)).headers['cross-origin-resource-policy']).toBe(
      'cross-origin',
    );
    const search = await a.get('/api/v1/offers').expect(200);
    expect(search.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answers a 500 problem open to any origin when the database fails, in a page and in a stream', async () => {
    const broken = uniqueSlug('hsdsbroken');
    await tenants.testApp.provision({ slug: broken, name: 'Ødelagt kommune' });
    // The schema is gone behind the registry's back: every read of the tenant fails in PostgreSQL.
    await tenants.testApp.app.get(DataSource).query(`DROP SCHEMA "t_${broken}" CASCADE`);
    for (const path of ['/hsds/services', '/hsds/services?format=ndjson']) {
      const response = await a.http().get(path).set('Host', `${broken}.localhost`).expect(500);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({ status: 500, title: 'Der opstod en fejl hos os' });
      expect(JSON.stringify(response.body)).not.toMatch(/relation|offers|t_hsdsbroken/);
      expectOpenToAnyOrigin(response, path);
    }
    // Out of every other test file's way: a suspended tenant is read by no one.
    await tenants.testApp.app.get(TenantProvisioningService).setStatus(broken, 'suspended');
  });
});
