import { applyMergePatch, DANISH_PROFILE_PATCHES, HSDS_OPENAPI } from '@socialkompas/catalogue';
import { startTestApp, type TestApp, uniqueSlug } from '@socialkompas/testing';
import request from 'supertest';

describe('the Danish HSDS profile served under /hsds/ on every tenant host', () => {
  let testApp: TestApp;
  let host: string;
  let otherHost: string;

  const get = (path: string, onHost = host) =>
    request(testApp.app.getHttpServer()).get(path).set('Host', onHost);

  beforeAll(async () => {
    testApp = await startTestApp();
    const [slug, otherSlug] = [uniqueSlug('profile_a'), uniqueSlug('profile_b')];
    await testApp.provision({ slug, name: 'Profilkommune A' });
    await testApp.provision({ slug: otherSlug, name: 'Profilkommune B' });
    [host, otherHost] = [`${slug}.localhost`, `${otherSlug}.localhost`];
  });

  afterAll(() => testApp.close());

  it('names the profile and lists its files at /hsds/profile/, each an address on the asking host', async () => {
    const index = (await get('/hsds/profile/').expect(200)).body;
    expect(index).toMatchObject({
      name: 'socialkompas-dk',
      version: '1.0.0',
      hsds_version: '3.0',
      url: `http://${host}/hsds/profile/`,
      openapi_url: `http://${host}/hsds/openapi.json`,
    });
    expect(index.files.map((file: { name: string }) => file.name).sort()).toEqual(
      [...DANISH_PROFILE_PATCHES.keys()].sort(),
    );
    for (const file of index.files as { name: string; url: string }[]) {
      expect(file.url).toBe(`http://${host}/hsds/profile/${file.name}`);
      const served = await get(new URL(file.url).pathname)
        .expect(200)
        .expect('Content-Type', /application\/json/);
      expect(served.body).toEqual(DANISH_PROFILE_PATCHES.get(file.name));
    }
  });

  it('serves every schema the index lists, and the profiled API specification at /hsds/openapi.json', async () => {
    const index = (await get('/hsds/profile').expect(200)).body;
    expect(index.schemas).toEqual(
      expect.arrayContaining([
        `http://${host}/hsds/schema/service.json`,
        `http://${host}/hsds/schema/compiled/service.json`,
      ]),
    );
    for (const url of index.schemas as string[]) {
      const schema = (await get(new URL(url).pathname).expect(200)).body;
      expect([url, typeof schema.properties]).toEqual([url, 'object']);
    }
    const openapi = (await get('/hsds/openapi.json').expect(200)).body;
    expect(openapi).toEqual(applyMergePatch(HSDS_OPENAPI, DANISH_PROFILE_PATCHES.get('openapi.json') ?? {}));
    const service = (await get('/hsds/schema/compiled/service.json').expect(200)).body;
    expect(Object.keys(service.properties)).toEqual(
      expect.arrayContaining(['referral_required', 'anonymous', 'channels']),
    );
  });

  it('is the same on another tenant host, which holds no tenant data, and not served on an unknown host', async () => {
    const mine = (await get('/hsds/profile/service.json').expect(200)).body;
    expect((await get('/hsds/profile/service.json', otherHost).expect(200)).body).toEqual(mine);
    await get('/hsds/profile/', 'ukendt.localhost').expect(404);
  });

  it('answers a file the profile does not have with a 404 problem in Danish that points at the list', async () => {
    for (const path of [
      '/hsds/profile/phone.json',
      '/hsds/schema/compiled/phone.json',
      '/hsds/schema/tabel.json',
      '/hsds/profile/..%2Fpackage.json',
    ]) {
      const response = await get(path)
        .expect(404)
        .expect('Content-Type', /application\/problem\+json/);
      expect([path, response.body.detail]).toEqual([path, expect.stringContaining('/hsds/profile/')]);
    }
  });
});
