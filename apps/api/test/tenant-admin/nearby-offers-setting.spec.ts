import type { TestApp } from '@socialkompas/testing';
import { CatalogueFixture, startTwoTenants } from '../catalogue/catalogue-fixture';

describe('the nearby offers setting', () => {
  let testApp: TestApp;
  let a: CatalogueFixture;
  let b: CatalogueFixture;
  const nearbyOf = async (fixture: CatalogueFixture) =>
    (await fixture.get('/api/v1/admin/settings').expect(200)).body.search.nearbyOffers;

  beforeAll(async () => {
    ({ testApp, a, b } = await startTwoTenants('nearby', ['Nærkommune A', 'Nærkommune B']));
  });

  afterAll(() => testApp.close());

  it('is off until the administrator chooses, and a choice is audited in that tenant only', async () => {
    expect(await nearbyOf(a)).toBe('off');
    const saved = await a.patch('/api/v1/admin/settings', { nearbyOffers: 'all' }).expect(200);
    expect(saved.body.search).toEqual({ nearbyOffers: 'all' });
    expect(await nearbyOf(a)).toBe('all');
    expect(await nearbyOf(b)).toBe('off');

    const log = (await a.get('/api/v1/admin/audit-log?action=update_settings').expect(200)).body;
    expect(log.items[0].changes).toEqual({ nearbyOffers: { from: 'off', to: 'all' } });
    expect((await b.get('/api/v1/admin/audit-log?action=update_settings').expect(200)).body.total).toBe(0);

    // Saving the same choice again changes nothing, so nothing more is audited.
    await a.patch('/api/v1/admin/settings', { nearbyOffers: 'all' }).expect(200);
    expect((await a.get('/api/v1/admin/audit-log?action=update_settings').expect(200)).body.total).toBe(1);
  });

  it('refuses anything but off, region or all, in Danish, naming the field', async () => {
    for (const nearbyOffers of ['everywhere', '', 3, null]) {
      const refused = await b.patch('/api/v1/admin/settings', { nearbyOffers }).expect(400);
      expect(refused.body.errors).toContainEqual({
        field: 'nearbyOffers',
        message: 'nearbyOffers skal være en af off, region, all.',
      });
    }
    expect(await nearbyOf(b)).toBe('off');
  });
});
