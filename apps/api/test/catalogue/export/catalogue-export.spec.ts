import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { DemoSeeder } from '@socialkompas/demo';
import { SearchIndex } from '@socialkompas/catalogue';
import { TenancyService, TenantRegistry } from '@socialkompas/tenancy';
import { strFromU8, unzipSync } from 'fflate';
import type { Response } from 'supertest';
import { checkDataPackage, HSDS_DIR } from '@socialkompas/testing';
import { CatalogueFixture, startTwoTenants, TwoTenants } from '../catalogue-fixture';

const EXAMPLE_CSV = join(HSDS_DIR, 'examples/csv');

/** supertest keeps a binary body as a Buffer only when told to collect it. */
const binary = (response: Response, callback: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => callback(null, Buffer.concat(chunks)));
};

const headerOf = (csv: string) => csv.split(/\r?\n/)[0];

describe('catalogue export: the published catalogue as the HSDS 3.0 data package and HSDS JSON', () => {
  let tenants: TwoTenants;
  let a: CatalogueFixture;
  let b: CatalogueFixture;
  let published: number;
  let draftId: string;
  let inReviewId: string;
  let otherTenantOfferId: string;
  let zip: Record<string, Uint8Array>;

  const download = (fixture: CatalogueFixture, path: string) =>
    fixture.http().get(path).set('Host', fixture.host).buffer(true).parse(binary);

  beforeAll(async () => {
    tenants = await startTwoTenants('export', ['Eksportkommune A', 'Eksportkommune B']);
    ({ a, b } = tenants);
    const app = tenants.testApp.app;
    const seeder = new DemoSeeder(app.get(TenancyService), app.get(SearchIndex));
    const tenantA = await app.get(TenantRegistry).findBySlug(a.slug);
    if (!tenantA) throw new Error('tenant A was not provisioned');
    const seeded = await seeder.seed(tenantA, { offerCount: 120, seed: 11, referenceDate: '2026-01-01' });
    published = seeded.published;
    await a.loadTaxonomy();
    const organizationId = await a.organization('Eksportforeningen');
    const unpublished = {
      organizationId,
      summary: 'Kun til intern brug.',
      contacts: [{ name: 'Intern Kontakt', email: 'intern@eksport.example.dk', phone: '11 22 33 44' }],
    };
    draftId = (await a.offer({ ...unpublished, name: 'Kladde der ikke må ud' }, 'draft')).id;
    inReviewId = (await a.offer({ ...unpublished, name: 'Til godkendelse' }, 'in_review')).id;
    await b.loadTaxonomy();
    otherTenantOfferId = (
      await b.offer({ organizationId: await b.organization('B-foreningen'), name: 'Kun i B' })
    ).id;
    const response = await download(a, '/api/v1/admin/export?format=hsds-package').expect(200);
    expect(response.headers['content-type']).toBe('application/zip');
    expect(response.headers['content-disposition']).toMatch(
      new RegExp(`^attachment; filename="socialkompas-${a.slug}-\\d{4}-\\d{2}-\\d{2}\\.zip"$`),
    );
    zip = unzipSync(new Uint8Array(response.body as Buffer));
  }, 120_000);

  afterAll(() => tenants.testApp.close());

  it('writes the files and columns of the HSDS example package, and a package the Data Package library accepts', async () => {
    const exampleFiles = readdirSync(EXAMPLE_CSV).sort();
    expect(Object.keys(zip).sort()).toEqual(exampleFiles);
    for (const file of exampleFiles.filter((name) => name.endsWith('.csv'))) {
      expect([file, headerOf(strFromU8(zip[file]))]).toEqual([
        file,
        headerOf(readFileSync(join(EXAMPLE_CSV, file), 'utf8')),
      ]);
    }
    const { errors, rows } = await checkDataPackage(zip);
    expect(errors).toEqual([]);
    expect(rows.service).toHaveLength(published);
    expect(rows.taxonomy.map((taxonomy) => taxonomy.name)).toHaveLength(5);
    expect(rows.service_at_location.length).toBeGreaterThan(0);
    expect(rows.schedule.length).toBeGreaterThan(0);
    expect(rows.contact.length).toBeGreaterThan(0);
    // The library casts datetimes itself: the text has no fractional seconds.
    const services = strFromU8(zip['services.csv']);
    expect(services).toMatch(/,\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z\r\n/);
    expect(services).not.toMatch(/T\d{2}:\d{2}:\d{2}\.\d+Z/);
  });

  it('is checked by a validator that does fail: a bad status and a datetime with fractions are named', async () => {
    const services = strFromU8(zip['services.csv']).split('\r\n');
    services[1] = services[1].replace(',active,', ',open,').replace(/(\d{2}:\d{2}:\d{2})Z$/, '$1.250Z');
    const broken = { ...zip, 'services.csv': new TextEncoder().encode(services.join('\r\n')) };
    const { errors } = await checkDataPackage(broken);
    expect(errors.join('\n')).toMatch(/"open" does not conform to the "enum" constraint for column "status"/);
    expect(errors.join('\n')).toMatch(/column "last_modified" is not type "datetime"/);
  });

  it('exports HSDS JSON services that the compiled service schema accepts, with empty fields left out', async () => {
    const response = await download(a, '/api/v1/admin/export?format=hsds-json').expect(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(
      /filename="socialkompas-.+-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    const services = JSON.parse((response.body as Buffer).toString('utf8')) as Record<string, unknown>[];
    expect(services).toHaveLength(published);
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile<unknown>(
      JSON.parse(readFileSync(join(HSDS_DIR, 'schema/compiled/service.json'), 'utf8')),
    );
    const isValid = (service: Record<string, unknown>): boolean => validate(service);
    const invalid = services.flatMap((service) =>
      isValid(service) ? [] : [{ id: service.id, errors: validate.errors?.slice(0, 3) }],
    );
    expect(invalid).toEqual([]);
    const text = JSON.stringify(services);
    expect(text).not.toMatch(/:null|:""|:\[\]/);
    expect(text).not.toMatch(/T\d{2}:\d{2}:\d{2}\.\d+Z/);
    const withTerms = services.find((service) => Array.isArray(service.attributes));
    expect(withTerms).toMatchObject({
      status: 'active',
      organization: { id: expect.any(String), name: expect.any(String) },
      attributes: expect.arrayContaining([
        expect.objectContaining({
          link_entity: 'service',
          taxonomy_term: expect.objectContaining({ taxonomy: 'challenge' }),
        }),
      ]),
    });
  }, 120_000);

  it('leaves out drafts, offers in review and their contacts, and everything of another tenant', async () => {
    const everything = Object.values(zip)
      .map((content) => strFromU8(content))
      .join('\n');
    for (const hidden of [
      draftId,
      inReviewId,
      otherTenantOfferId,
      'Intern Kontakt',
      'intern@eksport.example.dk',
    ]) {
      expect(everything).not.toContain(hidden);
    }
    const json = (await download(a, '/api/v1/admin/export?format=hsds-json').expect(200)).body.toString(
      'utf8',
    );
    for (const hidden of [draftId, inReviewId, otherTenantOfferId, 'Intern Kontakt'])
      expect(json).not.toContain(hidden);
    const bJson = JSON.parse(
      (await download(b, '/api/v1/admin/export?format=hsds-json').expect(200)).body.toString('utf8'),
    );
    expect(bJson.map((service: { id: string }) => service.id)).toEqual([otherTenantOfferId]);
  });

  it('lets the platform export a chosen tenant through its own route, and names a bad format or slug', async () => {
    const viaPlatform = await download(
      a,
      `/api/v1/platform/tenants/${b.slug}/export?format=hsds-json`,
    ).expect(200);
    expect(
      JSON.parse(viaPlatform.body.toString('utf8')).map((service: { id: string }) => service.id),
    ).toEqual([otherTenantOfferId]);
    expect(viaPlatform.headers['content-disposition']).toContain(`socialkompas-${b.slug}-`);
    const badFormat = await a.get('/api/v1/admin/export?format=xml').expect(400);
    expect(JSON.stringify(badFormat.body.errors)).toContain('format skal være hsds-package eller hsds-json.');
    await a.get('/api/v1/platform/tenants/findes_ikke/export?format=hsds-json').expect(404);
  });

  it('records each export in the tenant’s audit log', async () => {
    const log = await a.get('/api/v1/admin/audit-log?entityType=tenant&size=100').expect(200);
    const exports = log.body.items.filter((entry: { action: string }) => entry.action === 'export_catalogue');
    expect(exports.length).toBeGreaterThanOrEqual(3);
    expect(exports.map((entry: { changes: { format: string } }) => entry.changes.format)).toEqual(
      expect.arrayContaining(['hsds-package', 'hsds-json']),
    );
  });
});
