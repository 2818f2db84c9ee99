import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CatalogueFixture, startTwoTenants, type TwoTenants } from '../catalogue/catalogue-fixture';
import { HSDS_EXAMPLES, hsdsPackageZip } from '../catalogue/import/import-files';
import { crawlHsds } from './hsds-profile-crawler';
import { HsdsValidators } from './hsds-profile-validation';

type Hsds = Record<string, unknown> & { id: string };

const example = (name: string): Hsds => JSON.parse(readFileSync(join(HSDS_EXAMPLES, name), 'utf8'));

/** Imports files through the tenant's import (dry run, then apply) and returns the applied counts. */
async function imported(fixture: CatalogueFixture, files: { name: string; bytes: Buffer }[]) {
  let call = fixture.http().post('/api/v1/admin/imports').set('Host', fixture.host);
  for (const file of files) call = call.attach('files', file.bytes, file.name);
  const created = (await call.expect(201)).body;
  const settled = async () => {
    for (let attempt = 0; attempt < 600; attempt++) {
      const { body } = await fixture.get(`/api/v1/admin/imports/${created.id}`).expect(200);
      if (body.status !== 'checking' && body.status !== 'applying') return body;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`import ${created.id} did not finish`);
  };
  const checked = await settled();
  if (checked.status !== 'checked') throw new Error(`import ${created.id} is ${checked.status}`);
  await fixture.post(`/api/v1/admin/imports/${created.id}/apply`, {}).expect(202);
  return (await settled()).counts;
}

/** The fields, texts without the surrounding spaces an import trims. */
const pick = (record: Hsds, fields: string[]) =>
  Object.fromEntries(
    fields.map((field) => [
      field,
      typeof record[field] === 'string' ? String(record[field]).trim() : record[field],
    ]),
  );
const first = (record: Hsds, list: string) => (record[list] as Hsds[])[0];
/** Phone numbers compared as their digits: the import writes them without spaces (and HSDS's examples quote them). */
const digits = (phone: Hsds) => String(phone.number).replace(/[^+0-9]/g, '');

const SERVICE_FIELDS = [
  'name',
  'alternate_name',
  'description',
  'url',
  'email',
  'status',
  'application_process',
  'fees_description',
  'eligibility_description',
  'minimum_age',
  'maximum_age',
];

/** What of an HSDS service our catalogue holds, in the form the API serves it back. */
function kept(service: Hsds) {
  return {
    service: pick(service, SERVICE_FIELDS),
    organization: pick(service.organization as Hsds, ['name', 'description', 'email', 'website']),
    phone: digits(first(service, 'phones')),
    schedule: pick(first(service, 'schedules'), [
      'byday',
      'opens_at',
      'closes_at',
      'valid_from',
      'valid_to',
      'description',
    ]),
    contact: {
      ...pick(first(service, 'contacts'), ['name', 'title', 'email']),
      phone: digits(first(first(service, 'contacts'), 'phones')),
    },
    languages: (service.languages as Hsds[]).map((language) => language.code),
  };
}

describe('the official HSDS examples round-trip: imported, published, served by /hsds, and still valid', () => {
  let tenants: TwoTenants;
  const validators = new HsdsValidators();
  const exampleService = example('service_full.json');

  /** The one service a tenant serves, in full. */
  const servedService = async (fixture: CatalogueFixture): Promise<Hsds> => {
    const list = (await fixture.get('/hsds/services').expect(200)).body;
    expect(list.total_items).toBe(1);
    return (await fixture.get(`/hsds/services/${list.contents[0].id}`).expect(200)).body;
  };

  beforeAll(async () => {
    tenants = await startTwoTenants('hsdsex', ['Eksempelkommune A', 'Eksempelkommune B']);
  });

  afterAll(() => tenants.testApp.close());

  it('imports service_full.json as HSDS JSON and serves it back with what the catalogue holds of it, valid under both schemas', async () => {
    const { a } = tenants;
    expect(
      await imported(a, [
        { name: 'service_full.json', bytes: readFileSync(join(HSDS_EXAMPLES, 'service_full.json')) },
      ]),
    ).toEqual({
      create: 1,
      update: 0,
      unchanged: 0,
      invalid: 0,
    });
    const served = await servedService(a);
    expect(kept(served)).toEqual(kept(exampleService));
    // Ids are the catalogue's own; the import recognises the example by its id as an external id.
    expect(served.id).not.toBe(exampleService.id);
    expect(validators.refusals('service.json', [served])).toEqual([]);
  });

  it('imports the example tabular data package and serves the same service', async () => {
    const { a, b } = tenants;
    expect(await imported(b, [{ name: 'hsds-eksempel.zip', bytes: hsdsPackageZip() }])).toMatchObject({
      create: 1,
      invalid: 0,
    });
    const served = await servedService(b);
    expect(kept(served)).toEqual(kept(exampleService));
    expect(kept(served)).toEqual(kept(await servedService(a)));
  });

  it('serves every list, page and record of both tenants valid against the official and the profiled schemas', async () => {
    for (const fixture of [tenants.a, tenants.b]) {
      const crawl = await crawlHsds(tenants.testApp.app, fixture.host, validators, 2);
      expect(crawl.problems).toEqual([]);
      expect(crawl.ids.services).toHaveLength(1);
      expect(crawl.ids.organizations).toHaveLength(1);
    }
  });

  it("imports what /hsds serves into another catalogue as the same service, the Danish profile's fields too", async () => {
    const { a, b } = tenants;
    const servedByA = await servedService(a);
    // As another Socialkompas would serve an offer for which a referral is needed, anonymous, in person or by phone.
    const danish = { referral_required: true, anonymous: true, channels: 'in_person,phone' };
    const bytes = Buffer.from(JSON.stringify([{ ...servedByA, ...danish }]));
    expect(await imported(b, [{ name: 'fra-a.json', bytes }])).toMatchObject({ create: 1, invalid: 0 });
    const list = (await b.get('/hsds/services?per_page=10').expect(200)).body;
    expect(list.total_items).toBe(2);
    const copy: Hsds = (
      await b
        .get(`/hsds/services/${list.contents.find((item: Hsds) => item.anonymous === true)?.id}`)
        .expect(200)
    ).body;
    expect(kept(copy)).toEqual(kept(servedByA));
    expect(pick(copy, Object.keys(danish))).toEqual(danish);
    expect(validators.refusals('service.json', [copy])).toEqual([]);
    // The package's copy said nothing of them: it keeps the defaults.
    const other = list.contents.find((item: Hsds) => item.id !== copy.id) as Hsds;
    expect(pick(other, ['referral_required', 'anonymous'])).toEqual({
      referral_required: false,
      anonymous: false,
    });
  });

  it('imports the example page of services (service_list.json) as the same offer, not a second one', async () => {
    const page = Buffer.from(JSON.stringify(example('service_list.json')));
    expect(await imported(tenants.a, [{ name: 'service_list.json', bytes: page }])).toEqual({
      create: 0,
      update: 1,
      unchanged: 0,
      invalid: 0,
    });
    const served = await servedService(tenants.a);
    expect(pick(served, SERVICE_FIELDS)).toEqual(pick(exampleService, SERVICE_FIELDS));
    expect(validators.refusals('service.json', [served])).toEqual([]);
  });
});
