import { DemoSeeder } from '@socialkompas/demo';
import { SearchIndex } from '@socialkompas/catalogue';
import { startTestApp, TestApp, uniqueSlug } from '@socialkompas/testing';
import { TenancyService, Tenant, tenantSchemaName } from '@socialkompas/tenancy';
import request from 'supertest';
import { DataSource } from 'typeorm';

const GIN_INDEXES = [
  'offers_search_idx',
  'offers_terms_idx',
  'offers_name_trgm_idx',
  'search_words_trgm_idx',
];

/** Names of the indexes a plan reads, from EXPLAIN (FORMAT JSON). */
function indexesRead(plan: unknown): string[] {
  if (!plan || typeof plan !== 'object') return [];
  const node = plan as Record<string, unknown>;
  const own = typeof node['Index Name'] === 'string' ? [node['Index Name']] : [];
  return own.concat(
    Object.values(node).flatMap((value) =>
      Array.isArray(value) ? value.flatMap(indexesRead) : indexesRead(value),
    ),
  );
}

/**
 * A catalogue imported into a tenant created while the system runs is searched through its text
 * index at once, without waiting for a vacuum: the GIN indexes keep no pending list.
 */
describe('text index right after an import', () => {
  let testApp: TestApp;
  let tenant: Tenant;
  let dataSource: DataSource;

  beforeAll(async () => {
    testApp = await startTestApp();
    ({ tenant } = await testApp.provision({ slug: uniqueSlug('imported'), name: 'Importeret Kommune' }));
    const seeder = new DemoSeeder(testApp.app.get(TenancyService), testApp.app.get(SearchIndex));
    await seeder.seed(tenant, { offerCount: 700, seed: 3, referenceDate: '2026-01-01' });
    dataSource = testApp.app.get(DataSource);
    // Statistics, as autovacuum's analyze gathers them after 50 rows and a tenth of the table;
    // its vacuum waits for 1,000 inserted rows, so the indexes are left as the import made them.
    await dataSource.query(`ANALYZE ${tenantSchemaName(tenant.slug)}.offers`);
  });

  afterAll(() => testApp.close());

  it('keeps no pending list on any of the catalogue GIN indexes', async () => {
    const rows = await dataSource.query<{ relname: string; reloptions: string[] | null }[]>(
      `SELECT c.relname, c.reloptions FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = $1 AND c.relname = ANY($2) ORDER BY c.relname`,
      [tenantSchemaName(tenant.slug), GIN_INDEXES],
    );
    expect(rows.map(({ relname }) => relname)).toEqual([...GIN_INDEXES].sort());
    for (const { reloptions } of rows) expect(reloptions).toContain('fastupdate=off');
  });

  it('matches a text through the index, and the public search finds the offers', async () => {
    const [{ 'QUERY PLAN': plan }] = await dataSource.query<{ 'QUERY PLAN': unknown }[]>(
      `EXPLAIN (FORMAT JSON) SELECT id FROM ${tenantSchemaName(tenant.slug)}.offers
       WHERE status = 'published' AND search_vector @@ to_tsquery('danish_unaccent', 'angst:*')`,
    );
    expect(indexesRead(plan)).toContain('offers_search_idx');
    const { body } = await request(testApp.app.getHttpServer())
      .get('/api/v1/offers?q=angst')
      .set('Host', `${tenant.slug}.localhost`)
      .expect(200);
    expect(body.total).toBeGreaterThan(0);
  });
});
