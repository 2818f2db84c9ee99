import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  applyMergePatch,
  COMPILED_SCHEMA_NAMES,
  compileHsdsSchema,
  DANISH_PROFILE_PATCHES,
  danishProfile,
  HSDS_OPENAPI,
  HSDS_TABLE_SCHEMAS,
  type JsonObject,
  type JsonValue,
} from '@socialkompas/catalogue';
import { HSDS_DIR } from '@socialkompas/testing';
import { closed, describeErrors, hsdsAjv, TABLE_BASE } from './hsds-profile-validation';

const officialCompiled = (name: string): JsonObject =>
  JSON.parse(readFileSync(join(HSDS_DIR, 'schema/compiled', name), 'utf8'));

/** A full service as the Danish profile describes it, to be broken one field at a time. */
const danishService = {
  id: '0b5f4d56-8a3c-4d2e-9b1a-1c2d3e4f5a6b',
  organization_id: '1c6a5e67-9b4d-4e3f-8c2b-2d3e4f5a6b7c',
  name: 'Samtalegruppe om ensomhed',
  status: 'active',
  assured_date: '2026-11-02',
  last_modified: '2026-12-01T09:15:00Z',
  referral_required: false,
  anonymous: true,
  channels: 'in_person,phone',
  attributes: [
    {
      id: '2d7b6f78-ac5e-4f40-9d3c-3e4f5a6b7c8d',
      taxonomy_term: {
        id: '3e8c7089-bd6f-4051-8e4d-4f5a6b7c8d9e',
        code: 'challenge:ensomhed',
        name: 'Ensomhed',
        description: 'Ensomhed',
        taxonomy: 'challenge',
        taxonomy_id: '4f9d819a-ce70-4162-9f5e-5a6b7c8d9e0f',
      },
    },
  ],
};

describe('the Danish HSDS profile: JSON Merge Patches over the official HSDS 3.0 schemas', () => {
  const profile = danishProfile();

  it('compiles the official tables into exactly the official compiled schemas, so the profiled ones are built the same way', () => {
    const compared = COMPILED_SCHEMA_NAMES.filter((name) =>
      existsSync(join(HSDS_DIR, 'schema/compiled', name)),
    );
    expect(compared).toEqual([...COMPILED_SCHEMA_NAMES]);
    for (const name of compared) {
      expect([name, compileHsdsSchema(name, HSDS_TABLE_SCHEMAS)]).toEqual([name, officialCompiled(name)]);
    }
  });

  it('merges as RFC 7386 says: objects key by key, null removes, arrays and scalars replace', () => {
    const cases: [JsonValue, JsonValue, JsonValue][] = [
      [{ a: 'b' }, { a: 'c' }, { a: 'c' }],
      [{ a: 'b' }, { b: 'c' }, { a: 'b', b: 'c' }],
      [{ a: 'b' }, { a: null }, {}],
      [{ a: ['b'] }, { a: 'c' }, { a: 'c' }],
      [{ a: [{ b: 'c' }] }, { a: [1] }, { a: [1] }],
      [{ a: { b: 'c' } }, { a: { b: 'd', c: null } }, { a: { b: 'd' } }],
      [
        ['a', 'b'],
        ['c', 'd'],
        ['c', 'd'],
      ],
      [{ e: null }, { a: 1 }, { e: null, a: 1 }],
      [[1, 2], { a: 'b', c: null }, { a: 'b' }],
      [{}, { a: { bb: { ccc: null } } }, { a: { bb: {} } }],
    ];
    for (const [target, patch, result] of cases) expect(applyMergePatch(target, patch)).toEqual(result);
  });

  it('names every patch after the HSDS file it modifies, and changes that file', () => {
    for (const [file, patch] of DANISH_PROFILE_PATCHES) {
      const base = file === 'openapi.json' ? HSDS_OPENAPI : HSDS_TABLE_SCHEMAS.get(file);
      expect([file, base !== undefined]).toEqual([file, true]);
      const patched = file === 'openapi.json' ? profile.openapi : profile.tables.get(file);
      expect(patched).toEqual(applyMergePatch(base, patch));
      expect(patched).not.toEqual(base);
    }
  });

  it('gives table schemas that are valid JSON Schema 2020-12 and that Ajv compiles, references included', () => {
    const ajv = hsdsAjv();
    for (const [file, schema] of profile.tables) {
      expect([file, ajv.validateSchema(schema), describeErrors(ajv.errors)]).toEqual([file, true, []]);
      ajv.addSchema({ ...schema, $id: `${TABLE_BASE}${file}` });
    }
    for (const file of profile.tables.keys())
      expect(() => ajv.getSchema(`${TABLE_BASE}${file}`)).not.toThrow();
    for (const [name, schema] of profile.compiled) {
      expect([name, ajv.validateSchema(schema), describeErrors(ajv.errors)]).toEqual([name, true, []]);
      expect(() => ajv.compile(schema)).not.toThrow();
    }
  });

  it('describes the Danish fields on a service at every depth: referral, anonymity, channels and the assured date', () => {
    const propertiesOf = (schema: JsonValue): JsonObject =>
      (schema as JsonObject)['properties'] as JsonObject;
    const service = profile.compiled.get('service.json') as JsonObject;
    const inOrganization = (
      propertiesOf(profile.compiled.get('organization.json') as JsonObject)['services'] as JsonObject
    )['items'];
    const inList = profile.compiled.get('service_list.json') as JsonObject;
    for (const schema of [service, inOrganization, inList]) {
      expect(Object.keys(propertiesOf(schema))).toEqual(
        expect.arrayContaining(['referral_required', 'anonymous', 'channels', 'assured_date']),
      );
      // Who confirmed an offer stays internal: the profile removes the field.
      expect(propertiesOf(schema)).not.toHaveProperty('assurer_email');
      expect(propertiesOf(schema)['assured_date']).toMatchObject({ format: 'date' });
    }
  });

  it('accepts a Danish service and refuses one that breaks the profile, naming the field, where plain HSDS accepts both', () => {
    const ajv = hsdsAjv();
    const profiled = ajv.compile(closed(profile.compiled.get('service.json') as JsonObject));
    const official = ajv.compile(officialCompiled('service.json'));
    expect([profiled(danishService), describeErrors(profiled.errors)]).toEqual([true, []]);
    const broken: [string, object][] = [
      ['/channels', { channels: 'fax' }],
      [
        '/attributes/0/taxonomy_term/code',
        {
          attributes: [
            {
              ...danishService.attributes[0],
              taxonomy_term: { ...danishService.attributes[0].taxonomy_term, code: 'ensomhed' },
            },
          ],
        },
      ],
      [
        '/attributes/0/taxonomy_term/taxonomy',
        {
          attributes: [
            {
              ...danishService.attributes[0],
              taxonomy_term: { ...danishService.attributes[0].taxonomy_term, taxonomy: 'colour' },
            },
          ],
        },
      ],
      ['/assured_date', { assured_date: '2. november 2026' }],
      ['/referral_required', { referral_required: 'nej' }],
      ['/', { assurer_email: 'redaktoer@kommune.dk' }],
    ];
    for (const [path, change] of broken) {
      const service = JSON.parse(JSON.stringify({ ...danishService, ...change }));
      expect([path, official(service)]).toEqual([path, true]);
      expect([path, profiled(service)]).toEqual([path, false]);
      expect(profiled.errors?.map((error) => error.instancePath || '/')).toContain(path);
    }
  });

  it('gives an OpenAPI 3.1 document whose every reference resolves to a schema the profile serves', () => {
    const { openapi } = profile;
    expect(openapi['openapi']).toMatch(/^3\.1\./);
    expect(openapi['info']).toMatchObject({ title: 'Socialkompas HSDS API', version: '1.0.0' });
    expect(JSON.stringify(openapi)).not.toMatch(/REQUIRED --|raw\.githubusercontent/);
    const references = [...JSON.stringify(openapi).matchAll(/"\$ref":"([^"]+)"/g)].map((match) => match[1]);
    expect(references.length).toBeGreaterThan(20);
    for (const reference of references) {
      if (reference.startsWith('#/')) {
        const target = reference
          .slice(2)
          .split('/')
          .reduce<JsonValue | undefined>((node, key) => (node as JsonObject | undefined)?.[key], openapi);
        expect([reference, target !== undefined]).toEqual([reference, true]);
      } else {
        const [, folder, file] = /^schema\/(compiled\/)?([a-z_]+\.json)$/.exec(reference) ?? [];
        const schemas: ReadonlyMap<string, JsonObject> = folder ? profile.compiled : profile.tables;
        expect([reference, file !== undefined && schemas.has(file)]).toEqual([reference, true]);
      }
    }
    // HSDS's own file answers /service_at_locations/{id} with the service schema; the profile corrects it.
    const byId = (openapi['paths'] as JsonObject)['/service_at_locations/{id}'];
    expect(JSON.stringify(byId)).toContain('schema/compiled/service_at_location.json');
  });
});
