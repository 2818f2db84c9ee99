import type { Tenant } from '@socialkompas/tenancy';
import { RegionSetup, startRegion } from './region-fixture';

interface MunicipalityCount {
  slug: string;
  searches: number;
}

interface Statistics {
  searches: number;
  zeroResultSearches: number;
  municipalities: (MunicipalityCount & { zeroResultSearches: number })[];
  zeroResultQueries: { query: string; searches: number; municipalities: MunicipalityCount[] }[];
  topChallenges: { code: string; searches: number; municipalities: MunicipalityCount[] }[];
}

describe('regional search statistics', () => {
  let setup: RegionSetup;
  let challenge: string;

  const sql = (text: string, parameters: unknown[] = []) =>
    setup.fixture.dataSource().query(text, parameters);

  /** Logged searches as the search log stores them: a text, chosen terms by code, a result count. */
  async function logSearches(
    tenant: Tenant,
    searches: { query: string; challenge?: string; results: number }[],
  ): Promise<void> {
    for (const search of searches) {
      await sql(
        `INSERT INTO "t_${tenant.slug}".search_log (query, term_ids, filters, result_count, text_result_count)
         SELECT $1::text, coalesce((SELECT array_agg(t.id) FROM "t_${tenant.slug}".taxonomy_terms t
                              JOIN "t_${tenant.slug}".taxonomies x ON x.id = t.taxonomy_id
                              WHERE x.code = 'challenge' AND t.code = $2::text), '{}'),
                '{}', $3::int, CASE WHEN $1::text = '' THEN NULL ELSE $3::int END`,
        [search.query, search.challenge ?? null, search.results],
      );
    }
  }

  beforeAll(async () => {
    setup = await startRegion('statregion');
    [{ code: challenge }] = await sql(
      `SELECT t.code FROM "t_${setup.east.tenant.slug}".taxonomy_terms t
       JOIN "t_${setup.east.tenant.slug}".taxonomies x ON x.id = t.taxonomy_id WHERE x.code = 'challenge'
       ORDER BY t.code LIMIT 1`,
    );
    await logSearches(setup.east.tenant, [
      { query: 'Lektiehjælp', results: 0 },
      { query: 'lektiehjælp', results: 0 },
      { query: 'ensomhed', challenge, results: 3 },
      { query: '', challenge, results: 0 },
    ]);
    await logSearches(setup.west.tenant, [
      { query: 'lektiehjælp', results: 0 },
      { query: 'kun i vest', results: 0 },
      { query: '', challenge, results: 2 },
    ]);
    await logSearches(setup.region.tenant, [{ query: 'lektiehjælp', results: 0 }]);
    await logSearches(setup.outsider.tenant, [
      { query: 'lektiehjælp', results: 0 },
      { query: 'kun udenfor', results: 0 },
    ]);
    await logSearches(setup.closed.tenant, [{ query: 'kun lukket', challenge, results: 0 }]);
  });

  afterAll(() => setup.fixture.close());

  const statistics = async (query = '') => {
    const response = await setup.coordinator.get(
      `http://${setup.region.host}/api/v1/region/statistics${query}`,
      {
        headers: { accept: 'application/json' },
      },
    );
    expect(response.status).toBe(200);
    return response.json<Statistics>();
  };

  it('sums zero-result texts across the setup.region, split by municipality', async () => {
    const stats = await statistics();
    expect(stats.zeroResultQueries[0]).toEqual({
      query: 'lektiehjælp',
      searches: 4,
      lastSearchedAt: expect.any(String),
      municipalities: [
        { slug: setup.east.tenant.slug, name: setup.east.tenant.name, searches: 2 },
        expect.objectContaining({ searches: 1 }),
        expect.objectContaining({ searches: 1 }),
      ],
    });
    expect(stats.zeroResultQueries[0].municipalities.map((entry) => entry.slug).sort()).toEqual(
      [setup.east.tenant.slug, setup.west.tenant.slug, setup.region.tenant.slug].sort(),
    );
    expect(stats.zeroResultQueries.map((entry) => entry.query)).toEqual(['lektiehjælp', 'kun i vest']);
    // A text that found something is no unmet need.
    expect(JSON.stringify(stats.zeroResultQueries)).not.toContain('ensomhed');
  });

  it('sums the chosen challenges by their code, split by municipality', async () => {
    const stats = await statistics();
    expect(stats.topChallenges).toEqual([
      {
        code: challenge,
        name: expect.any(String),
        searches: 3,
        municipalities: [
          { slug: setup.east.tenant.slug, name: setup.east.tenant.name, searches: 2 },
          { slug: setup.west.tenant.slug, name: setup.west.tenant.name, searches: 1 },
        ],
      },
    ]);
    expect(stats).toMatchObject({ searches: 8, zeroResultSearches: 6 });
    expect(stats.municipalities.map((entry) => entry.slug).sort()).toEqual(
      [setup.region.tenant.slug, setup.east.tenant.slug, setup.west.tenant.slug].sort(),
    );
  });

  it('reads nothing of a municipality outside the setup.region, nor of a suspended member', async () => {
    const text = JSON.stringify(await statistics());
    expect(text).not.toContain('kun udenfor');
    expect(text).not.toContain(setup.outsider.tenant.slug);
    expect(text).not.toContain('kun lukket');
    expect(text).not.toContain(setup.closed.tenant.slug);
  });

  it('holds counts only: nothing that could tell who searched', async () => {
    const stats = await statistics();
    const keys = new Set<string>();
    JSON.stringify(stats, (key, value: unknown) => (keys.add(key), value));
    expect([...keys].filter((key) => key && !/^\d+$/.test(key)).sort()).toEqual(
      [
        'code',
        'from',
        'lastSearchedAt',
        'municipalities',
        'name',
        'query',
        'searches',
        'slug',
        'to',
        'topChallenges',
        'zeroResultQueries',
        'zeroResultSearches',
      ].sort(),
    );
  });

  it('counts the period asked for and names a bad date in Danish', async () => {
    expect((await statistics('?from=2001-01-01&to=2001-01-31')).searches).toBe(0);
    const refused = await setup.coordinator.get(
      `http://${setup.region.host}/api/v1/region/statistics?from=i-går`,
      {
        headers: { accept: 'application/json' },
      },
    );
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.json())).toContain('from skal være en dato');
  });

  it('is no route on a municipality’s host', async () => {
    const response = await setup.coordinator.get(`http://${setup.east.host}/api/v1/region/statistics`, {
      headers: { accept: 'application/json' },
    });
    expect(response.status).toBe(401);
  });
});
