import { DataSource } from 'typeorm';
import { CatalogueFixture, startTwoTenants, TwoTenants } from '../catalogue/catalogue-fixture';
import { asText, HsdsValidator, ndjsonRecords } from './hsds-api-support';

/** A moment after everything before it, to the second, as a consumer passes back a `last_modified`. */
async function aSecondLater(): Promise<string> {
  await new Promise((resolve) => setTimeout(resolve, 1100));
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

describe('HSDS API: modified_after finds exactly what changed, whatever in a record changed', () => {
  let tenants: TwoTenants;
  let a: CatalogueFixture;
  const validator = new HsdsValidator();
  const offers: Record<string, { id: string; version: number }> = {};
  const organizations: Record<string, string> = {};

  const modifiedSince = async (since: string) => {
    const response = await a.get(`/hsds/services?per_page=500&modified_after=${since}`).expect(200);
    return response.body.contents.map((service: { id: string }) => service.id).sort();
  };
  const ids = (...names: string[]) => names.map((name) => offers[name].id).sort();
  const edit = async (name: string, changes: Record<string, unknown>) => {
    const saved = await a.patch(`/api/v1/offers/${offers[name].id}`, {
      version: offers[name].version,
      ...changes,
    });
    expect(saved.status).toBe(200);
    offers[name].version = saved.body.offer.version;
  };

  beforeAll(async () => {
    tenants = await startTwoTenants('hsdschg', ['Ændringskommune A', 'Ændringskommune B']);
    ({ a } = tenants);
    await a.loadTaxonomy();
    organizations.first = await a.organization('Første forening');
    organizations.second = await a.organization('Anden forening');
    const place = (name: string) => [{ name, address1: 'Gade 1', postalCode: '8000', city: 'Aarhus C' }];
    offers.cafe = await a.offer({
      organizationId: organizations.first,
      name: 'Samtalecafé',
      termIds: [a.term('challenge', 'angst')],
      locations: place('Caféen'),
      schedules: [{ byday: ['MO'], opensAt: '10:00', closesAt: '12:00' }],
    });
    offers.walk = await a.offer({
      organizationId: organizations.first,
      name: 'Gåtur',
      termIds: [a.term('challenge', 'ensomhed')],
      schedules: [{ byday: ['TU'], opensAt: '10:00', closesAt: '11:00' }],
    });
    offers.choir = await a.offer({
      organizationId: organizations.second,
      name: 'Kor',
      termIds: [a.term('challenge', 'ensomhed')],
      locations: place('Kirken'),
    });
  }, 120_000);

  afterAll(() => tenants.testApp.close());

  it('returns exactly the edited service after an edit of the offer itself, with the change in its metadata', async () => {
    const since = await aSecondLater();
    expect(await modifiedSince(since)).toEqual([]);
    await edit('cafe', { name: 'Samtalecafé om angst' });
    expect(await modifiedSince(since)).toEqual(ids('cafe'));
    const service = (await a.get(`/hsds/services/${offers.cafe.id}`).expect(200)).body;
    expect(validator.problems('service', [service])).toEqual([]);
    expect(service.last_modified >= since).toBe(true);
    expect(service.metadata).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          resource_id: offers.cafe.id,
          last_action_type: 'update',
          field_name: 'name',
          previous_value: 'Samtalecafé',
          replacement_value: 'Samtalecafé om angst',
          updated_by: 'Ændringskommune A',
        }),
      ]),
    );
    // The history names the municipality, never the editor who made the change.
    expect(JSON.stringify(service.metadata)).not.toMatch(/Testredaktør|test@socialkompas\.invalid/);
  });

  it('moves the services of a renamed organisation, and only those', async () => {
    const since = await aSecondLater();
    const current = (await a.get(`/api/v1/admin/organizations/${organizations.second}`).expect(200)).body;
    await a
      .patch(`/api/v1/organizations/${organizations.second}`, { version: current.version, name: 'Andet kor' })
      .expect(200);
    expect(await modifiedSince(since)).toEqual(ids('choir'));
    const listed = (await a.get(`/hsds/services?modified_after=${since}`).expect(200)).body.contents[0];
    expect(listed.organization.name).toBe('Andet kor');
    const organization = (await a.get(`/hsds/organizations/${organizations.second}`).expect(200)).body;
    expect(validator.problems('organization', [organization])).toEqual([]);
    expect(organization.metadata).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          resource_type: 'organization',
          field_name: 'name',
          previous_value: 'Anden forening',
          replacement_value: 'Andet kor',
          updated_by: 'Ændringskommune A',
        }),
      ]),
    );
  });

  it('moves a service whose times, places or contacts change', async () => {
    let since = await aSecondLater();
    await edit('walk', { schedules: [{ byday: ['TU', 'TH'], opensAt: '10:00', closesAt: '11:00' }] });
    expect(await modifiedSince(since)).toEqual(ids('walk'));

    since = await aSecondLater();
    await edit('cafe', {
      locations: [{ name: 'Det nye café', address1: 'Torvet 2', postalCode: '8000', city: 'Aarhus C' }],
    });
    expect(await modifiedSince(since)).toEqual(ids('cafe'));
    const atLocations = await a.get(`/hsds/service_at_locations?modified_after=${since}`).expect(200);
    expect(
      atLocations.body.contents.map((item: { location: { name: string } }) => item.location.name),
    ).toEqual(['Det nye café']);

    since = await aSecondLater();
    await edit('choir', { contacts: [{ name: 'Korleder', email: 'kor@example.dk' }] });
    expect(await modifiedSince(since)).toEqual(ids('choir'));
  });

  it('moves them too when a statement outside the tenant’s unit of work names the schema itself', async () => {
    const since = await aSecondLater();
    // As a maintenance script would: no tenant search path, the schema in the statement.
    await tenants.testApp.app
      .get(DataSource)
      .query(`UPDATE "t_${a.slug}".locations SET transportation = 'Bus 3A' WHERE name = 'Kirken'`);
    expect(await modifiedSince(since)).toEqual(ids('choir'));
  });

  it('moves the services that carry a term when the term is renamed', async () => {
    const since = await aSecondLater();
    const vocabularies = (await a.get('/api/v1/taxonomy').expect(200)).body.items;
    const challenge = vocabularies.find((vocabulary: { code: string }) => vocabulary.code === 'challenge');
    const term = challenge.terms.find((candidate: { code: string }) => candidate.code === 'ensomhed');
    await a
      .patch(`/api/v1/taxonomy/terms/${term.id}`, { version: term.version, name: 'Ensomhed og isolation' })
      .expect(200);
    expect(await modifiedSince(since)).toEqual(ids('walk', 'choir'));
    const streamed = await a
      .get(`/hsds/services?format=ndjson&full=true&modified_after=${since}`)
      .buffer(true)
      .parse(asText)
      .expect(200);
    const services = ndjsonRecords(streamed);
    expect(validator.problems('service', services)).toEqual([]);
    expect(JSON.stringify(services)).toContain('Ensomhed og isolation');
  });

  it('leaves a withdrawn service out, and sends it again once it is published anew', async () => {
    const since = await aSecondLater();
    const archived = await a
      .post(`/api/v1/offers/${offers.walk.id}/archive`, { version: offers.walk.version })
      .expect(201);
    expect(await modifiedSince(since)).toEqual([]);
    await a.get(`/hsds/services/${offers.walk.id}`).expect(404);
    await a.post(`/api/v1/offers/${offers.walk.id}/reopen`, { version: archived.body.version }).expect(201);
    const draft = (await a.get(`/api/v1/admin/offers/${offers.walk.id}`).expect(200)).body;
    await a.post(`/api/v1/offers/${offers.walk.id}/publish`, { version: draft.version }).expect(201);
    expect(await modifiedSince(since)).toEqual(ids('walk'));
  });
});
