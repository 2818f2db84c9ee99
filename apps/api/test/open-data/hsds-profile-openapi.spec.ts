import type { OpenAPIObject } from '@nestjs/swagger';
import { danishProfile, SearchIndex, type JsonObject } from '@socialkompas/catalogue';
import { DemoSeeder } from '@socialkompas/demo';
import { TenancyService, TenantRegistry } from '@socialkompas/tenancy';
import { startTestApp, type TestApp, uniqueSlug } from '@socialkompas/testing';
import request from 'supertest';
import { buildOpenApiDocument } from '../../src/openapi/openapi-document';
import { describeErrors, hsdsAjv } from './hsds-profile-validation';

type Operation = {
  parameters?: { name: string; in: string; schema: JsonObject }[];
  responses: Record<string, { content?: Record<string, { schema: JsonObject }> }>;
};

describe("the HSDS endpoints in the API's own OpenAPI document, generated from the Danish profile's schemas", () => {
  let document: OpenAPIObject;
  let testApp: TestApp;
  let host: string;

  const hsdsPaths = () => Object.keys(document.paths).filter((path) => path.startsWith('/hsds'));
  const operation = (path: string) => (document.paths[path] as { get: Operation }).get;
  const get = (path: string) => request(testApp.app.getHttpServer()).get(path).set('Host', host);

  beforeAll(async () => {
    document = await buildOpenApiDocument();
    testApp = await startTestApp();
    const slug = uniqueSlug('hsds_doc');
    await testApp.provision({ slug, name: 'Dokumentkommune' });
    host = `${slug}.localhost`;
    const tenant = await testApp.app.get(TenantRegistry).findBySlug(slug);
    if (!tenant) throw new Error('the tenant was not provisioned');
    await new DemoSeeder(testApp.app.get(TenancyService), testApp.app.get(SearchIndex)).seed(tenant, {
      offerCount: 20,
      seed: 3,
      referenceDate: '2026-11-01',
    });
  }, 120_000);

  afterAll(() => testApp.close());

  it('lists every path of the profiled HSDS specification under /hsds with its parameters, tagged hsds', () => {
    const profiled = danishProfile().openapi['paths'] as Record<
      string,
      { parameters?: unknown[]; get: { parameters?: unknown[] } }
    >;
    for (const [path, item] of Object.entries(profiled)) {
      const ours = path === '/' ? '/hsds' : `/hsds${path}`;
      expect([ours, hsdsPaths().includes(ours)]).toEqual([ours, true]);
      expect(operation(ours)).toMatchObject({ tags: ['hsds'] });
      expect([ours, (operation(ours).parameters ?? []).length]).toEqual([
        ours,
        (item.parameters ?? []).length + (item.get.parameters ?? []).length,
      ]);
    }
    const references = [...JSON.stringify(document).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)];
    for (const [, name] of references)
      expect([name, name in (document.components?.schemas ?? {})]).toEqual([name, true]);
    // The service component is the profile's: the Danish fields, and no assurer_email.
    const service = document.components?.schemas?.['Hsds_service'] as { properties: Record<string, unknown> };
    expect(Object.keys(service.properties)).toEqual(
      expect.arrayContaining(['referral_required', 'anonymous', 'channels']),
    );
    expect(service.properties).not.toHaveProperty('assurer_email');
  });

  it('describes what every HSDS endpoint answers: a real answer of each validates against its documented schema', async () => {
    const ajv = hsdsAjv();
    ajv.addSchema({
      $id: 'https://api.test/openapi',
      components: document.components as unknown as JsonObject,
    });
    const ids: Record<string, string> = {};
    for (const list of [
      'services',
      'organizations',
      'service_at_locations',
      'taxonomies',
      'taxonomy_terms',
    ]) {
      ids[list] = (await get(`/hsds/${list}?per_page=1`).expect(200)).body.contents[0].id;
    }
    const refusals: unknown[] = [];
    for (const path of hsdsPaths().filter((candidate) => !/profile|schema|openapi/.test(candidate))) {
      const concrete = path.replace(
        /^\/hsds\/([a-z_]+)\/\{id\}$/,
        (_match, list: string) => `/hsds/${list}/${ids[list]}`,
      );
      const body = (await get(concrete).expect(200)).body;
      const schema = operation(path).responses['200'].content?.['application/json'].schema as JsonObject;
      const validate = ajv.compile(
        JSON.parse(
          JSON.stringify(schema).replace(/"#\/components/g, '"https://api.test/openapi#/components'),
        ),
      );
      if (!validate(body)) refusals.push({ path: concrete, errors: describeErrors(validate.errors) });
    }
    expect(refusals).toEqual([]);
  });

  it("states the API's own limits: at each documented bound the list answers, past it a 400 names the parameter", async () => {
    const checked: string[] = [];
    for (const path of hsdsPaths()) {
      for (const parameter of operation(path).parameters ?? []) {
        if (parameter.in !== 'query') continue;
        const { minimum, maximum, pattern } = parameter.schema as {
          minimum?: number;
          maximum?: number;
          pattern?: string;
        };
        const proximity = parameter.name === 'proximity' ? 'postcode=8000&' : '';
        const ask = (value: string | number) => get(`${path}?${proximity}${parameter.name}=${value}`);
        const refused = async (value: string | number) => {
          const response = await ask(value);
          expect([path, parameter.name, value, response.status]).toEqual([path, parameter.name, value, 400]);
          expect(JSON.stringify(response.body)).toContain(parameter.name);
        };
        for (const bound of [minimum, maximum]) {
          if (bound === undefined) continue;
          expect([path, parameter.name, bound, (await ask(bound)).status]).toEqual([
            path,
            parameter.name,
            bound,
            200,
          ]);
        }
        if (minimum !== undefined) await refused(minimum - 1);
        if (maximum !== undefined) await refused(maximum + 1);
        if (pattern !== undefined) await refused('abcd');
        if (minimum !== undefined || maximum !== undefined || pattern !== undefined)
          checked.push(`${path} ${parameter.name}`);
      }
    }
    expect(checked).toEqual(
      expect.arrayContaining([
        '/hsds/services per_page',
        '/hsds/services page',
        '/hsds/service_at_locations proximity',
        '/hsds/service_at_locations postcode',
      ]),
    );
  });
});
