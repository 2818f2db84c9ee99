import { startTestApp, TestApp, uniqueSlug } from '@socialkompas/testing';
import request from 'supertest';

/** Through the HTTP API, one tenant's host can neither read nor change another tenant's rows. */
describe('tenant isolation over HTTP', () => {
  let testApp: TestApp;
  let hostA: string;
  let hostB: string;
  let organisationOfA: { id: string; version: number };
  const http = () => request(testApp.app.getHttpServer());
  const publish = async (host: string, organisation: { id: string; version: number }) =>
    (
      await http()
        .post(`/api/v1/organizations/${organisation.id}/publish`)
        .set('Host', host)
        .send({ version: organisation.version })
        .expect(201)
    ).body;

  beforeAll(async () => {
    testApp = await startTestApp({ grantAllRoles: true });
    const [a, b] = [uniqueSlug('http_a'), uniqueSlug('http_b')];
    await testApp.provision({ slug: a, name: 'Kommune A' });
    await testApp.provision({ slug: b, name: 'Kommune B' });
    [hostA, hostB] = [`${a}.localhost`, `${b}.localhost`];
    const created = await http()
      .post('/api/v1/organizations')
      .set('Host', hostA)
      .send({ name: 'Sorggruppen A', email: 'kontakt@sorg-a.dk', website: 'https://sorg-a.dk' })
      .expect(201);
    organisationOfA = await publish(hostA, created.body);
  });

  afterAll(() => testApp.close());

  it('lists a tenant’s organisation on its own host only', async () => {
    const onA = await http().get('/api/v1/organizations').set('Host', hostA).expect(200);
    const onB = await http().get('/api/v1/organizations').set('Host', hostB).expect(200);
    expect(onA.body).toMatchObject({ total: 1, items: [{ name: 'Sorggruppen A' }] });
    expect(onB.body).toMatchObject({ total: 0, items: [] });
  });

  it('does not find another tenant’s row by id', async () => {
    await http().get(`/api/v1/organizations/${organisationOfA.id}`).set('Host', hostA).expect(200);
    const response = await http()
      .get(`/api/v1/organizations/${organisationOfA.id}`)
      .set('Host', hostB)
      .expect(404);
    expect(response.body.title).toBe('Organisationen findes ikke');
  });

  it('cannot change another tenant’s row, and the row stays as it was', async () => {
    await http()
      .patch(`/api/v1/organizations/${organisationOfA.id}`)
      .set('Host', hostB)
      .send({ name: 'Kapret', version: organisationOfA.version })
      .expect(404);
    const unchanged = await http()
      .get(`/api/v1/organizations/${organisationOfA.id}`)
      .set('Host', hostA)
      .expect(200);
    expect(unchanged.body).toMatchObject({ name: 'Sorggruppen A', version: organisationOfA.version });
  });

  it('creates on the request’s tenant only', async () => {
    const onlyInB = await http()
      .post('/api/v1/organizations')
      .set('Host', hostB)
      .send({ name: 'Kun i B' })
      .expect(201);
    await publish(hostB, onlyInB.body);
    const onA = await http().get('/api/v1/organizations?q=kun').set('Host', hostA).expect(200);
    const onB = await http().get('/api/v1/organizations?q=kun').set('Host', hostB).expect(200);
    expect(onA.body.total).toBe(0);
    expect(onB.body.items.map((item: { name: string }) => item.name)).toEqual(['Kun i B']);
  });

  it('answers a stale version with 409 and overwrites nothing', async () => {
    const current = await http()
      .get(`/api/v1/organizations/${organisationOfA.id}`)
      .set('Host', hostA)
      .expect(200);
    const saved = await http()
      .patch(`/api/v1/organizations/${organisationOfA.id}`)
      .set('Host', hostA)
      .send({ description: 'Første redaktørs tekst', version: current.body.version })
      .expect(200);
    expect(saved.body.version).toBe(current.body.version + 1);

    const conflict = await http()
      .patch(`/api/v1/organizations/${organisationOfA.id}`)
      .set('Host', hostA)
      .send({ description: 'Anden redaktørs tekst', version: current.body.version })
      .expect(409);
    expect(conflict.body).toMatchObject({ status: 409, current: { description: 'Første redaktørs tekst' } });
    const after = await http()
      .get(`/api/v1/organizations/${organisationOfA.id}`)
      .set('Host', hostA)
      .expect(200);
    expect(after.body.description).toBe('Første redaktørs tekst');
  });

  it('refuses bad input with the fields named, and stores nothing', async () => {
    const response = await http()
      .post('/api/v1/organizations')
      .set('Host', hostA)
      .send({ name: 'X', email: 'ikke-en-mail', website: 'javascript:alert(1)', hemmelig: true })
      .expect(400);
    expect(response.body.errors.map((error: { field: string }) => error.field).sort()).toEqual([
      'email',
      'hemmelig',
      'name',
      'website',
    ]);
    const list = await http().get('/api/v1/organizations?q=X').set('Host', hostA).expect(200);
    expect(list.body.items.find((item: { name: string }) => item.name === 'X')).toBeUndefined();
  });

  it.each([
    ['a null name', 'patch', { name: null }, 400],
    ['a NUL character', 'post', { name: 'Nul\u0000tegn' }, 400],
    ['a version beyond the column', 'patch', { version: 3_000_000_000 }, 400],
  ])('answers %s with 4xx, not a 500', async (_case, method, body, status) => {
    const current = await http()
      .get(`/api/v1/organizations/${organisationOfA.id}`)
      .set('Host', hostA)
      .expect(200);
    const request =
      method === 'post'
        ? http().post('/api/v1/organizations')
        : http().patch(`/api/v1/organizations/${organisationOfA.id}`);
    const payload = method === 'patch' ? { version: current.body.version, ...body } : body;
    const response = await request.set('Host', hostA).send(payload).expect(status);
    expect(response.body.status).toBe(status);
    expect(response.body.errors ?? []).not.toContainEqual(
      expect.objectContaining({ message: expect.stringContaining('ikke tilladt') }),
    );
    if (method === 'patch') {
      const after = await http()
        .get(`/api/v1/organizations/${organisationOfA.id}`)
        .set('Host', hostA)
        .expect(200);
      expect(after.body).toEqual(current.body);
    }
  });

  it('answers a huge page number and an oversized body with 4xx problems', async () => {
    await http().get('/api/v1/organizations?page=1e21').set('Host', hostA).expect(400);
    const tooLarge = await http()
      .post('/api/v1/organizations')
      .set('Host', hostA)
      .send({ name: 'Stor', description: 'x'.repeat(300_000) })
      .expect(413);
    expect(tooLarge.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('answers malformed JSON with a 400 problem, not a 500', async () => {
    const response = await http()
      .post('/api/v1/organizations')
      .set('Host', hostA)
      .set('Content-Type', 'application/json')
      .send('{"name": "Halv')
      .expect(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.status).toBe(400);
  });
});

describe('platform tenant API (as a platform admin)', () => {
  let testApp: TestApp;
  const http = () => request(testApp.app.getHttpServer());

  beforeAll(async () => {
    testApp = await startTestApp({ grantAllRoles: true });
  });

  afterAll(() => testApp.close());

  it('creates a tenant idempotently and suspends it', async () => {
    const slug = uniqueSlug('api');
    const first = await http()
      .post('/api/v1/platform/tenants')
      .set('Host', 'localhost')
      .send({ slug, name: 'API Kommune', kind: 'municipality' })
      .expect(201);
    expect(first.body).toMatchObject({ created: true, tenant: { slug } });
    const again = await http()
      .post('/api/v1/platform/tenants')
      .set('Host', 'localhost')
      .send({ slug, name: 'API Kommune', kind: 'municipality' })
      .expect(201);
    expect(again.body.created).toBe(false);
    await http().get('/api/v1/tenant').set('Host', `${slug}.localhost`).expect(200);
    await http().post(`/api/v1/platform/tenants/${slug}/suspend`).set('Host', 'localhost').expect(200);
    await http().get('/api/v1/tenant').set('Host', `${slug}.localhost`).expect(403);
  });

  it.each([
    ['a slug with SQL metacharacters', { slug: "x'; DROP TABLE platform.tenants; --" }, 400, 'slug'],
    ['an unknown region', { region: 'atlantis' }, 400, 'region'],
    ['a domain that is no host name', { domains: ['http://x/y'] }, 400, 'domain'],
    ['an unknown field', { owner: 'me' }, 400, 'owner'],
  ])('refuses %s with the field named', async (_case, override, status, field) => {
    const response = await http()
      .post('/api/v1/platform/tenants')
      .set('Host', 'localhost')
      .send({ slug: uniqueSlug('bad'), name: 'Ny Kommune', kind: 'municipality', ...override })
      .expect(status);
    expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
  });

  it('refuses a domain another tenant has, with 409', async () => {
    const host = `${uniqueSlug('own').replace('_', '-')}.example.dk`;
    await http()
      .post('/api/v1/platform/tenants')
      .set('Host', 'localhost')
      .send({ slug: uniqueSlug('own'), name: 'Ejer', kind: 'municipality', domains: [host] })
      .expect(201);
    const response = await http()
      .post('/api/v1/platform/tenants')
      .set('Host', 'localhost')
      .send({ slug: uniqueSlug('thief'), name: 'Tyv', kind: 'municipality', domains: [host] })
      .expect(409);
    expect(response.body.errors).toEqual([{ field: 'domain', message: expect.stringContaining(host) }]);
  });

  it('answers suspending an unknown tenant with 404', async () => {
    await http()
      .post(`/api/v1/platform/tenants/${uniqueSlug('ghost')}/suspend`)
      .set('Host', 'localhost')
      .expect(404);
  });
});
