import { startTestApp, TestApp, uniqueSlug } from '@socialkompas/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';

/**
 * Input crafted to break the server rather than to say something: each is refused with a 400
 * naming the field, before it reaches class-transformer, validator.js or PostgreSQL.
 * Bodies are sent as raw JSON text, so escapes such as `\ud800` and `\u0000` arrive as written.
 */
describe('hostile input', () => {
  let testApp: TestApp;
  let slug: string;
  let host: string;
  let organizationId: string;
  let organizationVersion: number;
  const http = () => request(testApp.app.getHttpServer());
  const sendJson = (method: 'post' | 'patch', path: string, json: string) =>
    http()[method](path).set('Host', host).set('Content-Type', 'application/json').send(json);

  /** A 400 problem whose only error names `field` with a message saying `message`. */
  const expectRefused = (response: request.Response, field: string, message: string) => {
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.errors).toEqual([{ field, message: expect.stringContaining(message) }]);
  };

  const offersNamed = async (name: string): Promise<number> => {
    const [{ count }] = await testApp.app
      .get(DataSource)
      .query(`SELECT count(*)::int AS count FROM "t_${slug}".offers WHERE name = $1`, [name]);
    return count;
  };

  /** A draft offer of the test organisation, as an editor creates it. */
  const createOffer = async (fields: Record<string, unknown>): Promise<{ id: string; version: number }> =>
    (await sendJson('post', '/api/v1/offers', JSON.stringify({ organizationId, ...fields })).expect(201)).body
      .offer;

  beforeAll(async () => {
    testApp = await startTestApp({ grantAllRoles: true });
    slug = uniqueSlug('hostile');
    await testApp.provision({ slug, name: 'Hårdfør Kommune' });
    host = `${slug}.localhost`;
    const created = await sendJson('post', '/api/v1/organizations', '{"name":"Strikkeklubben"}').expect(201);
    ({ id: organizationId, version: organizationVersion } = created.body);
  });

  afterAll(() => testApp.close());

  describe('a lone UTF-16 surrogate', () => {
    it('in an e-mail field is refused naming the field, wherever the field is', async () => {
      const offer = await createOffer({ name: 'Strikkecafé' });
      const attempts: [string, string, string][] = [
        ['/api/v1/organizations', '{"name":"Forening","email":"\\ud800@x.dk"}', 'email'],
        [
          '/api/v1/error-reports',
          `{"offerId":"${offer.id}","message":"Forkert tid","email":"\\ud800@x.dk"}`,
          'email',
        ],
        [
          '/api/v1/offer-suggestions',
          '{"name":"Strikkecafé","description":"Vi strikker hver onsdag.","organizationName":"Fællesskabet","contactName":"Mette","email":"\\udc00@x.dk"}',
          'email',
        ],
        ['/api/v1/admin/users', '{"email":"\\ud800@x.dk","role":"editor"}', 'email'],
        [
          '/api/v1/offers',
          `{"organizationId":"${organizationId}","name":"Samtalegruppe","contacts":[{"name":"Mette","email":"m\\ud800@x.dk"}]}`,
          'contacts.0.email',
        ],
      ];
      for (const [path, json, field] of attempts) {
        const response = await sendJson('post', path, json);
        expectRefused(response, field, `${field} indeholder et ugyldigt tegn`);
      }
      const settings = await sendJson('patch', '/api/v1/admin/settings', '{"contactEmail":"\\ud800@x.dk"}');
      expectRefused(settings, 'contactEmail', 'contactEmail indeholder et ugyldigt tegn');
    });

    it('is told apart from a whole surrogate pair, which is text like any other', async () => {
      const created = await sendJson(
        'post',
        '/api/v1/organizations',
        '{"name":"Strik og snak \\ud83e\\uddf6"}',
      ).expect(201);
      expect(created.body.name).toBe('Strik og snak 🧶');
    });
  });

  it('refuses a body nested 5,000 deep with a Danish 400 naming the outer field', async () => {
    const deep = `{"name":"Dyb","a":${'{"a":'.repeat(5000)}1${'}'.repeat(5001)}`;
    const response = await sendJson('post', '/api/v1/organizations', deep);
    expectRefused(response, 'a', 'a er indlejret i for mange niveauer (højst 32).');
    expect(response.body).toMatchObject({
      title: 'Ugyldige oplysninger',
      detail: 'a er indlejret i for mange niveauer (højst 32).',
    });
  });

  it('refuses __proto__ and constructor like any unknown field, at the top and nested', async () => {
    const attempts: [string, string][] = [
      [`{"organizationId":"${organizationId}","name":"Proto","__proto__":{"isAdmin":true}}`, '__proto__'],
      [
        `{"organizationId":"${organizationId}","name":"Proto","constructor":{"prototype":{"x":1}}}`,
        'constructor',
      ],
      [
        `{"organizationId":"${organizationId}","name":"Proto","locations":[{"postalCode":"8000","__proto__":{"x":1}}]}`,
        'locations.0.__proto__',
      ],
      [
        `{"organizationId":"${organizationId}","name":"Proto","contacts":[{"name":"Mette","constructor":{"x":1}}]}`,
        'contacts.0.constructor',
      ],
    ];
    for (const [json, field] of attempts) {
      const response = await sendJson('post', '/api/v1/offers', json);
      expectRefused(response, field, `Feltet "${field}" er ikke tilladt her.`);
    }
    expect(await offersNamed('Proto')).toBe(0);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  describe('a NUL character', () => {
    it('in a body field is refused naming the field, before the database sees it', async () => {
      const response = await sendJson(
        'post',
        '/api/v1/offers',
        `{"organizationId":"${organizationId}","name":"Nul\\u0000tegn"}`,
      );
      expectRefused(response, 'name', 'name må ikke indeholde NUL-tegnet');
      const nested = await sendJson(
        'post',
        '/api/v1/offers',
        `{"organizationId":"${organizationId}","name":"Nul i adresse","locations":[{"postalCode":"8000","city":"Aar\\u0000hus"}]}`,
      );
      expectRefused(nested, 'locations.0.city', 'locations.0.city må ikke indeholde NUL-tegnet');
      expect(await offersNamed('Nul i adresse')).toBe(0);
    });

    it('in a query parameter is refused naming the parameter', async () => {
      const response = await http().get('/api/v1/offers?q=strik%00').set('Host', host);
      expectRefused(response, 'q', 'q må ikke indeholde NUL-tegnet');
    });
  });

  it('answers a broken %-escape in a path with a Danish 400 naming the parameter where there is one', async () => {
    const response = await http().get('/api/v1/offers/%E0%A4%A').set('Host', host);
    expectRefused(response, 'id', 'id i adressen har en ugyldig %-kode.');
    expect(response.body).toMatchObject({
      title: 'Ugyldige oplysninger',
      instance: '/api/v1/offers/%E0%A4%A',
    });

    const noParameter = await http().get('/api/v1/%E0%A4%A/offers').set('Host', host).expect(400);
    expect(noParameter.body).toMatchObject({
      title: 'Ugyldig adresse',
      detail: 'Adressen har en ugyldig %-kode i "%E0%A4%A". Ret adressen, og prøv igen.',
    });
  });

  describe('null for a field that cannot be empty', () => {
    it('is refused by the offer update’s validation, naming the field', async () => {
      const offer = await createOffer({ name: 'Gratis café' });
      for (const field of ['isFree', 'name', 'summary', 'referralRequired', 'languages', 'termIds']) {
        const response = await sendJson(
          'patch',
          `/api/v1/offers/${offer.id}`,
          JSON.stringify({ [field]: null, version: offer.version }),
        );
        expect(response.status).toBe(400);
        const named = new Set(response.body.errors.map((error: { field: string }) => error.field));
        expect(named).toEqual(new Set([field]));
      }
    });

    it('still clears a field that may be empty', async () => {
      const offer = await createOffer({ name: 'Ungecafé', minimumAge: 13, url: 'https://x.dk' });
      const cleared = await sendJson(
        'patch',
        `/api/v1/offers/${offer.id}`,
        JSON.stringify({ minimumAge: null, url: null, version: offer.version }),
      ).expect(200);
      expect(cleared.body.offer).toMatchObject({ minimumAge: null, url: null });
    });

    it('is refused for an organisation’s name and a term’s description alike', async () => {
      const nameless = await sendJson(
        'patch',
        `/api/v1/organizations/${organizationId}`,
        JSON.stringify({ name: null, version: organizationVersion }),
      );
      expect(nameless.status).toBe(400);
      expect(nameless.body.errors[0].field).toBe('name');

      const term = await sendJson(
        'post',
        '/api/v1/taxonomy/challenge/terms',
        '{"name":"Skyldfølelse"}',
      ).expect(201);
      const blank = await sendJson(
        'patch',
        `/api/v1/taxonomy/terms/${term.body.id}`,
        JSON.stringify({ description: null, version: term.body.version }),
      );
      expect(blank.status).toBe(400);
      expect(blank.body.errors[0].field).toBe('description');
    });
  });
});
