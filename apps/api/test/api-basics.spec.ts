import { startTestApp, TestApp, uniqueSlug } from '@socialkompas/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';

interface OpenApiOperation {
  responses: Record<string, { content?: object }>;
}

describe('API basics', () => {
  let testApp: TestApp;
  let first: { slug: string; host: string };
  let second: { slug: string; host: string };
  const http = () => request(testApp.app.getHttpServer());

  beforeAll(async () => {
    testApp = await startTestApp();
    const slugs = [uniqueSlug('basic_a'), uniqueSlug('basic_b')];
    await testApp.provision({ slug: slugs[0], name: 'Første Kommune', theme: { primaryColor: '#003d73' } });
    await testApp.provision({ slug: slugs[1], name: 'Anden Kommune' });
    first = { slug: slugs[0], host: `${slugs[0]}.localhost:3000` };
    second = { slug: slugs[1], host: `${slugs[1]}.localhost` };
  });

  afterAll(() => testApp.close());

  it('tells each host its own tenant', async () => {
    const one = await http().get('/api/v1/tenant').set('Host', first.host).expect(200);
    const two = await http().get('/api/v1/tenant').set('Host', second.host).expect(200);
    expect(one.body).toEqual({
      slug: first.slug,
      name: 'Første Kommune',
      kind: 'municipality',
      theme: { primaryColor: '#003d73' },
      accessibilityStatementUrl: null,
      contactEmail: null,
      contactPhone: null,
    });
    expect(two.body).toMatchObject({ slug: second.slug, name: 'Anden Kommune' });
  });

  it('answers an unknown host with a 404 problem', async () => {
    const response = await http().get('/api/v1/tenant').set('Host', 'ukendt.localhost').expect(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 404, title: 'Ukendt adresse', instance: '/api/v1/tenant' });
    expect(response.body.detail).toContain('ukendt.localhost');
  });

  it('answers a suspended tenant with a 403 problem in Danish', async () => {
    const slug = uniqueSlug('closed');
    await testApp.provision({ slug, name: 'Lukket Kommune' });
    await testApp.app
      .get(DataSource)
      .query(`UPDATE platform.tenants SET status = 'suspended' WHERE slug = $1`, [slug]);
    const response = await http().get('/api/v1/tenant').set('Host', `${slug}.localhost`).expect(403);
    expect(response.body).toMatchObject({ status: 403, title: 'Tjenesten er lukket' });
    expect(response.body.detail).toContain('Lukket Kommune har midlertidigt lukket');
  });

  it('refuses to serve a tenant whose schema is behind the code', async () => {
    const slug = uniqueSlug('behind');
    await testApp.provision({ slug, name: 'Gammel Kommune' });
    await testApp.app
      .get(DataSource)
      .query(`UPDATE platform.tenants SET schema_version = 0 WHERE slug = $1`, [slug]);
    const response = await http().get('/api/v1/organizations').set('Host', `${slug}.localhost`).expect(503);
    expect(response.body.title).toBe('Opdatering i gang');
  });

  it('reports health without a tenant host', async () => {
    const response = await http().get('/health').set('Host', 'localhost:3000').expect(200);
    // The tests run jobs in no process, so there is no Redis to ask.
    expect(response.body).toEqual({ status: 'ok', checks: { database: 'up', redis: 'not used' } });
  });

  it('publishes the OpenAPI document', async () => {
    const response = await http().get('/api/docs-json').set('Host', 'localhost').expect(200);
    expect(Object.keys(response.body.paths)).toEqual(
      expect.arrayContaining(['/api/v1/tenant', '/api/v1/organizations', '/api/v1/platform/tenants']),
    );
  });

  it('documents the body of every success answer, which the web client is typed from', async () => {
    const { body } = await http().get('/api/docs-json').set('Host', 'localhost').expect(200);
    const undocumented = Object.entries(
      body.paths as Record<string, Record<string, OpenApiOperation>>,
    ).flatMap(([path, operations]) =>
      Object.entries(operations).flatMap(([method, operation]) =>
        Object.entries(operation.responses)
          // 204 has no body, 3xx send the browser on.
          .filter(([status, answer]) => /^2/.test(status) && status !== '204' && !answer.content)
          .map(([status]) => `${method.toUpperCase()} ${path} ${status}`),
      ),
    );
    expect(undocumented).toEqual([]);
  });

  it('echoes a request id, or makes one, and sends security headers', async () => {
    const echoed = await http()
      .get('/api/v1/tenant')
      .set('Host', first.host)
      .set('x-request-id', 'abc-123')
      .expect(200);
    expect(echoed.headers['x-request-id']).toBe('abc-123');
    const made = await http()
      .get('/api/v1/tenant')
      .set('Host', first.host)
      .set('x-request-id', 'bad id!')
      .expect(200);
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(made.headers['x-content-type-options']).toBe('nosniff');
    expect(made.headers['x-powered-by']).toBeUndefined();
  });

  it('names the field at fault in a 400 problem', async () => {
    const tooBig = await http().get('/api/v1/organizations?size=1000').set('Host', first.host).expect(400);
    expect(tooBig.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(tooBig.body.errors).toEqual([{ field: 'size', message: 'size må højst være 100.' }]);

    const unknown = await http()
      .get('/api/v1/organizations?sortering=navn')
      .set('Host', first.host)
      .expect(400);
    expect(unknown.body.errors).toEqual([
      { field: 'sortering', message: 'Feltet "sortering" er ikke tilladt her.' },
    ]);

    const badId = await http().get('/api/v1/organizations/123').set('Host', first.host).expect(400);
    expect(badId.body.errors[0].field).toBe('id');
  });

  it('answers an unknown route on a tenant host with a 404 problem', async () => {
    const response = await http().get('/api/v1/findes-ikke').set('Host', first.host).expect(404);
    expect(response.body).toMatchObject({ status: 404, type: 'about:blank' });
  });

  it('asks anonymous callers of role-protected routes to log in', async () => {
    const create = await http()
      .post('/api/v1/organizations')
      .set('Host', first.host)
      .send({ name: 'Ny forening' })
      .expect(401);
    expect(create.body).toMatchObject({ status: 401, title: 'Log ind' });
    await http().get('/api/v1/platform/tenants').set('Host', 'localhost').expect(401);
    await http()
      .post('/api/v1/platform/tenants')
      .set('Host', 'localhost')
      .send({ slug: uniqueSlug('sneaky'), name: 'Snydekommune', kind: 'municipality' })
      .expect(401);
    const [{ count }] = await testApp.app
      .get(DataSource)
      .query(`SELECT count(*)::int AS count FROM platform.tenants WHERE name = 'Snydekommune'`);
    expect(count).toBe(0);
  });
});
