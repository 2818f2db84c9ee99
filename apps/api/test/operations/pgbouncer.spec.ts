import {
  createScratchDatabase,
  hasPgBouncer,
  openTestDataSource,
  OwnPgBouncer,
  startPgBouncer,
  startTestApp,
  tenancyFor,
  TestApp,
  uniqueSlug,
} from '@socialkompas/testing';
import { Client } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';

const SERVER_CONNECTIONS = 2;

if (!hasPgBouncer()) {
  console.warn('pgbouncer is not installed (apt-get install pgbouncer): the PgBouncer test is skipped.');
}

/**
 * Behind PgBouncer in transaction mode, consecutive transactions of one pooled connection land on
 * different PostgreSQL sessions. The unit of work sets its tenant's search_path with
 * `set_config(..., is_local => true)`, so nothing of one tenant's transaction can remain on a
 * session that then serves another's: many interleaved requests of two tenants over two server
 * connections each see their own tenant only.
 */
(hasPgBouncer() ? describe : describe.skip)('the API behind PgBouncer in transaction mode', () => {
  let scratch: { url: string; drop(): Promise<void> };
  let bouncer: OwnPgBouncer;
  let testApp: TestApp;
  let hosts: string[];
  const http = () => request(testApp.app.getHttpServer());

  beforeAll(async () => {
    scratch = await createScratchDatabase('pgbouncer');
    // Migrations hold a session-level lock across transactions: they go to PostgreSQL directly.
    const direct = await openTestDataSource({ url: scratch.url, poolSize: 2 });
    await tenancyFor(direct).migrationRunner.ensurePlatformSchema();
    await direct.destroy();
    bouncer = await startPgBouncer(scratch.url, SERVER_CONNECTIONS);
    testApp = await startTestApp({
      grantAllRoles: true,
      migratePlatform: false,
      env: { DATABASE_URL: bouncer.url, DATABASE_DIRECT_URL: scratch.url, DATABASE_POOL_SIZE: '10' },
    });
    const slugs = [uniqueSlug('bouncer_a'), uniqueSlug('bouncer_b')];
    for (const slug of slugs) await testApp.provision({ slug, name: `Kommune ${slug}` });
    hosts = slugs.map((slug) => `${slug}.localhost`);
  });

  afterAll(async () => {
    await testApp?.close();
    await bouncer?.stop();
    await scratch?.drop();
  });

  it('keeps two tenants apart over shared server sessions, with every write kept', async () => {
    const created = await Promise.all(
      Array.from({ length: 40 }, (_, index) => {
        const host = hosts[index % 2];
        return http()
          .post('/api/v1/organizations')
          .set('Host', host)
          .send({ name: `Forening ${index} af ${host.split('.')[0]}` })
          .then((response) => ({ host, status: response.status }));
      }),
    );
    expect(created.filter(({ status }) => status !== 201)).toEqual([]);

    const reads = await Promise.all(
      Array.from({ length: 40 }, (_, index) => {
        const host = hosts[index % 2];
        return http()
          .get('/api/v1/admin/organizations?size=50')
          .set('Host', host)
          .then((response) => ({ host, status: response.status, names: namesOf(response.body) }));
      }),
    );
    for (const { host, status, names } of reads) {
      const own = host.split('.')[0];
      expect(status).toBe(200);
      expect(names).toHaveLength(20);
      expect(names.every((name) => name.endsWith(`af ${own}`))).toBe(true);
    }
    const searches = await Promise.all(
      hosts.map((host) => http().get('/api/v1/offers?q=forening').set('Host', host)),
    );
    expect(searches.map((response) => response.status)).toEqual([200, 200]);
  });

  it('multiplexes the pool over the pooler: PostgreSQL sees no more than its server connections', async () => {
    const admin = new Client({ connectionString: scratch.url });
    await admin.connect();
    try {
      const { rows } = await admin.query<{ sessions: number }>(
        `SELECT count(*)::int AS sessions FROM pg_stat_activity
          WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'`,
      );
      expect(rows[0].sessions).toBeLessThanOrEqual(SERVER_CONNECTIONS);
      // …while the application's pool holds more connections than that, to the pooler.
      const pool = (testApp.app.get(DataSource).driver as unknown as { master: { totalCount: number } })
        .master;
      expect(pool.totalCount).toBeGreaterThan(SERVER_CONNECTIONS);
    } finally {
      await admin.end();
    }
  });
});

function namesOf(body: { items?: { name: string }[] }): string[] {
  return (body.items ?? []).map((item) => item.name);
}
