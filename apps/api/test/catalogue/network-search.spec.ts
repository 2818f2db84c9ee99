import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { HiddenNationalOffersRepository, SearchIndex } from '@socialkompas/catalogue';
import {
  NotInNetworkError,
  PublishedReadPath,
  TenancyService,
  Tenant,
  TenantProvisioningService,
} from '@socialkompas/tenancy';
import type { createScratchDatabase, TestApp } from '@socialkompas/testing';
import { CatalogueFixture } from './catalogue-fixture';
import { startTenantNetwork } from './tenant-network-fixture';

/** WGS84 geodesic distance (Vincenty) between the two points, computed independently of the code. */
const AARHUS_C = { latitude: 56.1567, longitude: 10.2108 };
const SILKEBORG_POINT = { latitude: 56.1697, longitude: 9.5451 };
const KM_SILKEBORG_TO_AARHUS_C = 41.385;
/** How long an edit in a member may take to show in a scope's search (README "Search across tenants": 1 s, plus the member's snapshot rebuild). */
const DOCUMENTED_DELAY_MS = 1500;

interface Hit {
  id: string;
  name: string;
  national: boolean;
  tenant: { slug: string; name: string; kind: string; url: string };
}
interface Facet {
  code: string;
  name: string;
  count: number;
  selected: boolean;
}
interface Result {
  total: number;
  items: Hit[];
  facets: Record<string, Facet[]>;
  didYouMean: string[];
}

/**
 * Search across tenants, in a database of its own: a national tenant reaches every
 * municipality's search, which must not leak into the other test files' tenants.
 */
describe('search across tenants', () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let testApp: TestApp;
  const fixtures: Record<string, CatalogueFixture> = {};
  const tenants: Record<string, Tenant> = {};
  const ids: Record<string, string> = {};
  const search = async (host: string, query: string): Promise<Result> =>
    (await fixtures[host].get(`/api/v1/offers?size=100&${query}`).expect(200)).body;
  const idsOf = (result: Result) => result.items.map((item) => item.id).sort();
  /** The names an "angst" search on `host` finds, once they include `name` or the documented delay is over. */
  const pollNames = async (host: string, name: string) => {
    const started = Date.now();
    let names: string[] = [];
    while (Date.now() - started < DOCUMENTED_DELAY_MS) {
      names = (await search(host, 'q=angst')).items.map((item) => item.name);
      if (names.includes(name)) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return names;
  };

  /** An offer about `challenge` at a place, published unless told otherwise. */
  const offer = async (
    host: string,
    name: string,
    place: { latitude: number; longitude: number } | null,
    status: 'published' | 'draft' = 'published',
  ) => {
    const fixture = fixtures[host];
    const organizationId = await fixture.organization(`Forening ${name}`);
    const created = await fixture.offer(
      {
        organizationId,
        name,
        summary: `Samtaler om angst hos ${name}.`,
        termIds: [fixture.term('challenge', 'angst')],
        locations: place ? [{ postalCode: '8000', address1: 'Gaden 1', ...place }] : [],
        attendingTypes: place ? ['in_person'] : ['online'],
      },
      status,
    );
    return created.id;
  };

  beforeAll(async () => {
    const network = await startTenantNetwork('network');
    ({ scratch, testApp } = network);
    Object.assign(fixtures, network.fixtures);
    Object.assign(tenants, network.tenants);
    const settings = await fixtures.silkeborg
      .patch('/api/v1/admin/settings', { nearbyOffers: 'region' })
      .expect(200);
    expect(settings.body.search).toEqual({ nearbyOffers: 'region' });

    ids.region = await offer('midt', 'Regionens rådgivning', AARHUS_C);
    ids.aarhus = await offer('aarhus', 'Aarhus samtalegruppe', AARHUS_C);
    ids.aarhusDraft = await offer('aarhus', 'Aarhus kladde', AARHUS_C, 'draft');
    ids.silkeborg = await offer('silkeborg', 'Silkeborg samtalegruppe', SILKEBORG_POINT);
    ids.lukket = await offer('lukket', 'Lukket samtalegruppe', AARHUS_C);
    ids.odense = await offer('odense', 'Odense samtalegruppe', null);
    ids.national = await offer('danmark', 'Landslinjen om angst', null);
    ids.nationalHidden = await offer('danmark', 'Landsforeningens chat om angst', null);
    await testApp.app.get(TenantProvisioningService).setStatus('lukket', 'suspended');

    // Silkeborg hides one national offer, as its administrator's switch does.
    await testApp.app.get(TenancyService).run(tenants.silkeborg, async () => {
      await testApp.app.get(HiddenNationalOffersRepository).hide(ids.nationalHidden, null);
      await testApp.app.get(SearchIndex).markChanged();
    });
  });

  afterAll(async () => {
    await testApp?.close();
    await scratch?.drop();
  });

  describe('regional and national search', () => {
    it('finds the region’s own, its active members’ and the national offers, nothing else', async () => {
      const result = await search('midt', 'q=angst');
      expect(idsOf(result)).toEqual(
        [ids.region, ids.aarhus, ids.silkeborg, ids.national, ids.nationalHidden].sort(),
      );
      expect(result.total).toBe(5);
      const aarhus = result.items.find((item) => item.id === ids.aarhus);
      expect(aarhus).toMatchObject({
        national: false,
        tenant: {
          slug: 'aarhus',
          name: 'Aarhus Kommune',
          kind: 'municipality',
          url: 'http://aarhus.localhost:3000',
        },
      });
      // The national tenant's site is the national portal, on the bare base domain.
      expect(result.items.find((item) => item.id === ids.national)).toMatchObject({
        national: true,
        tenant: { slug: 'danmark', kind: 'national', url: 'http://localhost:3000' },
      });
    });

    it('finds every active tenant’s offers on the bare domain, the national portal', async () => {
      const result = await search('danmark', '');
      expect(idsOf(result)).toEqual(
        [ids.region, ids.aarhus, ids.silkeborg, ids.odense, ids.national, ids.nationalHidden].sort(),
      );
    });

    it('gives facet counts that equal the totals after selecting', async () => {
      for (const host of ['midt', 'danmark']) {
        const all = await search(host, '');
        for (const facet of ['municipality', 'region', 'challenge']) {
          expect(all.facets[facet].length).toBeGreaterThan(0);
          for (const entry of all.facets[facet]) {
            const selected = await search(host, `${facet}=${entry.code}`);
            expect({ host, facet, code: entry.code, total: selected.total }).toEqual({
              host,
              facet,
              code: entry.code,
              total: entry.count,
            });
            expect(selected.facets[facet].find((other) => other.code === entry.code)?.selected).toBe(true);
          }
        }
        expect(all.facets.municipality.find((entry) => entry.code === 'danmark')?.name).toBe('Landsdækkende');
      }
    });

    it('keeps the municipality facet disjunctive: choosing one still counts the others', async () => {
      const result = await search('midt', 'municipality=aarhus');
      expect(idsOf(result)).toEqual([ids.aarhus]);
      const counts = Object.fromEntries(result.facets.municipality.map((entry) => [entry.code, entry.count]));
      expect(counts).toEqual({ aarhus: 1, silkeborg: 1, danmark: 2 });
      expect(result.facets.region).toEqual([
        { id: 'midt', code: 'midt', name: 'Region Midt', count: 1, selected: false },
      ]);
    });

    it('refuses a municipality filter naming no tenant, naming the field', async () => {
      const response = await fixtures.midt.get('/api/v1/offers?municipality=atlantis').expect(400);
      expect(response.body.errors).toEqual([expect.objectContaining({ field: 'municipality' })]);
    });

    it('suggests a spelling from the host’s words when nothing is found, the same again from memory', async () => {
      for (let time = 0; time < 2; time += 1) {
        const result = await search('midt', 'q=rodgivnig');
        expect({ total: result.total, didYouMean: result.didYouMean }).toEqual({
          total: 0,
          didYouMean: ['rådgivning'],
        });
      }
    });

    it('shows an edit in a member in regional search within the documented delay', async () => {
      const before = await search('midt', 'q=angst');
      expect(before.items.map((item) => item.name)).toContain('Aarhus samtalegruppe');
      const { version } = (await fixtures.aarhus.get(`/api/v1/admin/offers/${ids.aarhus}`).expect(200)).body;
      await fixtures.aarhus
        .patch(`/api/v1/offers/${ids.aarhus}`, { name: 'Aarhus samtalegruppe om angst', version })
        .expect(200);
      expect(await pollNames('midt', 'Aarhus samtalegruppe om angst')).toContain(
        'Aarhus samtalegruppe om angst',
      );
    });

    it('shows a change another process made in a member within the documented delay', async () => {
      // Past the second in which this process's own edits make every search read generations afresh.
      await new Promise((resolve) => setTimeout(resolve, 1100));
      expect((await search('midt', 'q=angst')).items.map((item) => item.name)).toContain(
        'Silkeborg samtalegruppe',
      );
      // What another API process's edit leaves behind: the row changed and the generation moved, unheard here.
      await testApp.app.get(DataSource).transaction(async (manager) => {
        await manager.query(`UPDATE t_silkeborg.offers SET name = 'Silkeborg samtalecafé' WHERE id = $1`, [
          ids.silkeborg,
        ]);
        await manager.query(`UPDATE t_silkeborg.search_state SET generation = generation + 1`);
      });
      const names = await pollNames('midt', 'Silkeborg samtalecafé');
      expect(names).toContain('Silkeborg samtalecafé');
    });
  });

  describe('hidden national offers', () => {
    it('never appear on the hiding municipality’s host: search, offer page, suggest', async () => {
      const result = await search('silkeborg', 'q=angst');
      expect(idsOf(result)).toEqual([ids.silkeborg, ids.national].sort());
      expect(result.facets.municipality.find((entry) => entry.code === 'danmark')?.count).toBe(1);
      await fixtures.silkeborg.get(`/api/v1/offers/${ids.nationalHidden}`).expect(404);
      const suggestions = (await fixtures.silkeborg.get('/api/v1/suggest?q=landsforen').expect(200)).body;
      expect(suggestions.items.map((item: { id: string }) => item.id)).not.toContain(ids.nationalHidden);
    });

    it('do appear on another municipality’s host', async () => {
      const result = await search('aarhus', 'q=angst');
      expect(idsOf(result)).toEqual([ids.aarhus, ids.national, ids.nationalHidden].sort());
      const page = (await fixtures.aarhus.get(`/api/v1/offers/${ids.nationalHidden}`).expect(200)).body;
      expect(page).toMatchObject({ id: ids.nationalHidden, national: true, tenant: { slug: 'danmark' } });
      const suggestions = (await fixtures.aarhus.get('/api/v1/suggest?q=landsforen').expect(200)).body;
      expect(suggestions.items.map((item: { id: string }) => item.id)).toContain(ids.nationalHidden);
    });
  });

  describe('offer pages across the scope', () => {
    it('opens a member’s offer on the region’s host, naming its municipality', async () => {
      const page = (await fixtures.midt.get(`/api/v1/offers/${ids.silkeborg}`).expect(200)).body;
      expect(page).toMatchObject({ id: ids.silkeborg, national: false, tenant: { slug: 'silkeborg' } });
    });

    it('answers 404 for an offer outside the scope, a suspended tenant’s or a draft', async () => {
      await fixtures.midt.get(`/api/v1/offers/${ids.odense}`).expect(404);
      await fixtures.midt.get(`/api/v1/offers/${ids.lukket}`).expect(404);
      await fixtures.midt.get(`/api/v1/offers/${ids.aarhusDraft}`).expect(404);
      await fixtures.danmark.get(`/api/v1/offers/${ids.lukket}`).expect(404);
      await fixtures.odense.get(`/api/v1/offers/${ids.aarhus}`).expect(404);
    });
  });

  describe('nearby municipalities', () => {
    const near = `near=${SILKEBORG_POINT.latitude},${SILKEBORG_POINT.longitude}`;

    it('includes another member municipality’s offer within the radius, within 1 %', async () => {
      const inside = await search('silkeborg', `${near}&radius_km=${KM_SILKEBORG_TO_AARHUS_C * 1.01}`);
      expect(idsOf(inside)).toEqual([ids.silkeborg, ids.aarhus].sort());
      expect(inside.items.find((item) => item.id === ids.aarhus)?.tenant.slug).toBe('aarhus');
      const outside = await search('silkeborg', `${near}&radius_km=${KM_SILKEBORG_TO_AARHUS_C * 0.99}`);
      expect(idsOf(outside)).toEqual([ids.silkeborg]);
    });

    it('refuses an unknown nearby setting, naming the field', async () => {
      const response = await fixtures.aarhus
        .patch('/api/v1/admin/settings', { nearbyOffers: 'everywhere' })
        .expect(400);
      expect(response.body.errors).toEqual([expect.objectContaining({ field: 'nearbyOffers' })]);
    });

    it('leaves others out without a radius, and where the setting is off', async () => {
      expect(idsOf(await search('silkeborg', near))).not.toContain(ids.aarhus);
      const aarhus = await search('aarhus', `${near}&radius_km=100`);
      expect(idsOf(aarhus)).toEqual([ids.aarhus]);
    });
  });

  describe('the published read path', () => {
    let readPath: PublishedReadPath;
    beforeAll(() => (readPath = testApp.app.get(PublishedReadPath)));

    it('knows no slug the registry does not serve', async () => {
      expect(await readPath.findServiceable('atlantis')).toBeNull();
      expect(await readPath.findServiceable('lukket')).toBeNull();
      await expect(readPath.read({ id: randomUUID(), slug: 'atlantis' }, async () => 1)).rejects.toThrow(
        NotInNetworkError,
      );
      await expect(readPath.generations([{ id: randomUUID(), slug: 'atlantis' }])).rejects.toThrow(
        NotInNetworkError,
      );
    });

    it('never reads a suspended tenant', async () => {
      await expect(readPath.read(tenants.lukket, async () => 1)).rejects.toThrow(NotInNetworkError);
      const network = await readPath.network();
      expect(network.map((entry) => entry.tenant.slug)).not.toContain('lukket');
    });

    it('leaves transactions read-only: PostgreSQL refuses a write through it', async () => {
      await expect(
        readPath.read(tenants.aarhus, (manager) => manager.query(`UPDATE offers SET name = name`)),
      ).rejects.toThrow(/read-only transaction/);
      await expect(
        readPath.unionAll(
          [tenants.aarhus],
          (schema) => `SELECT nextval(pg_get_serial_sequence('${schema}.search_log', 'id')) AS id`,
        ),
      ).rejects.toThrow(/read-only transaction/);
    });

    it('lists the active tenants for "Find din kommune"', async () => {
      const list = (await fixtures.odense.get('/api/v1/network/tenants').expect(200)).body;
      const slugs = list.items.map((item: { slug: string }) => item.slug);
      expect(slugs).toEqual(expect.arrayContaining(['aarhus', 'silkeborg', 'odense', 'midt', 'danmark']));
      expect(slugs).not.toContain('lukket');
      expect(list.items.find((item: { slug: string }) => item.slug === 'aarhus')).toEqual({
        slug: 'aarhus',
        name: 'Aarhus Kommune',
        kind: 'municipality',
        url: 'http://aarhus.localhost:3000',
        region: { slug: 'midt', name: 'Region Midt' },
      });
    });
  });

  describe('the national portal host', () => {
    it('serves the national tenant on the bare domain and keeps the platform routes there', async () => {
      const tenant = (await fixtures.danmark.get('/api/v1/tenant').expect(200)).body;
      expect(tenant).toMatchObject({ slug: 'danmark', kind: 'national' });
      const platform = await fixtures.danmark.get('/api/v1/platform/tenants').expect(200);
      expect(platform.body.map((item: { slug: string }) => item.slug)).toContain('lukket');
      await fixtures.danmark.get('/health').expect(200);
    });
  });
});
