import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { DemoSeeder } from '@socialkompas/demo';
import { SearchIndex } from '@socialkompas/catalogue';
import { TenancyService } from '@socialkompas/tenancy';
import { createScratchDatabase, nodeArgsFor, startTestApp, TestApp } from '@socialkompas/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';

const ROOT = join(__dirname, '../../../..');
const QUERIES = ['/api/v1/offers?q=ensomhed', '/api/v1/offers?q=motion', '/api/v1/offers?q=r%C3%A5dgivning'];

/** A whole-tenant backup restored into an empty database, and beside the original under a new slug. */
describe('whole-tenant backup and restore', () => {
  const suffix = randomBytes(3).toString('hex');
  let source: Awaited<ReturnType<typeof createScratchDatabase>>;
  let target: Awaited<ReturnType<typeof createScratchDatabase>>;
  let sourceApp: TestApp;
  let targetApp: TestApp;
  const file = join(mkdtempSync(join(tmpdir(), 'sk-backup-')), 'demo.jsonl.gz');

  const cli = (url: string, ...args: string[]) =>
    spawnSync(process.execPath, [...nodeArgsFor('apps/api/src/cli/platform.cli.ts'), ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, DATABASE_URL: url },
      encoding: 'utf8',
      timeout: 120_000,
    });
  const answers = async (app: TestApp, slug: string) =>
    Promise.all(
      QUERIES.map(async (path) => {
        const response = await request(app.app.getHttpServer())
          .get(path)
          .set('Host', `${slug}.localhost`)
          .expect(200);
        return response.body.items?.map((item: { id: string }) => item.id) ?? response.body;
      }),
    );

  beforeAll(async () => {
    source = await createScratchDatabase(`backup_src_${suffix}`);
    target = await createScratchDatabase(`backup_dst_${suffix}`);
    sourceApp = await startTestApp({ env: { DATABASE_URL: source.url } });
    const { tenant } = await sourceApp.provision({
      slug: 'aarhus',
      name: 'Aarhus Kommune',
      domains: ['tilbud.aarhus.dk'],
    });
    await new DemoSeeder(sourceApp.app.get(TenancyService), sourceApp.app.get(SearchIndex)).seed(tenant, {
      offerCount: 200,
      seed: 7,
      referenceDate: '2026-01-01',
    });
    targetApp = await startTestApp({ env: { DATABASE_URL: target.url } });
  });

  afterAll(async () => {
    await sourceApp?.close();
    await targetApp?.close();
    await source?.drop();
    await target?.drop();
  });

  it('restores into an empty database and serves the same search answers', async () => {
    const exported = cli(source.url, 'tenant', 'export', '--slug', 'aarhus', '--file', file);
    expect(exported.stderr).toBe('');
    expect(exported.stdout).toContain('Backup af aarhus');
    const restored = cli(target.url, 'tenant', 'restore', '--file', file);
    expect(restored.stderr).toBe('');
    expect(restored.stdout).toContain('Gendannet: aarhus');
    const before = await answers(sourceApp, 'aarhus');
    expect(before[0].length).toBeGreaterThan(0);
    expect(await answers(targetApp, 'aarhus')).toEqual(before);
  });

  it('restores under a new slug beside the original, without the original’s domains', async () => {
    const restored = cli(source.url, 'tenant', 'restore', '--file', file, '--slug', 'aarhus_kopi');
    expect(restored.stderr).toBe('');
    expect(restored.stdout).toContain('tilbud.aarhus.dk hører til den oprindelige tenant');
    expect((await answers(sourceApp, 'aarhus_kopi')).slice(0, 2)).toEqual(
      (await answers(sourceApp, 'aarhus')).slice(0, 2),
    );
    expect(cli(source.url, 'tenant', 'restore', '--file', file).stderr).toContain('findes allerede');
  });

  it('serves the restored catalogue, not its cached answers, in a process that searched before the restore', async () => {
    const before = await answers(sourceApp, 'aarhus');
    const sql = (query: string) => sourceApp.app.get(DataSource).query(query);
    await sql(`UPDATE t_aarhus.offers SET status = 'archived'`);
    await sql(`UPDATE t_aarhus.search_state SET generation = generation + 1`);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await answers(sourceApp, 'aarhus'))[0]).toEqual([]);
    const restored = cli(source.url, 'tenant', 'restore', '--file', file, '--replace');
    expect(restored.stderr).toBe('');
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(await answers(sourceApp, 'aarhus')).toEqual(before);
    const [{ generation }] = await sql(`SELECT generation::text FROM t_aarhus.search_state`);
    expect(BigInt(generation)).toBeGreaterThan(10n ** 15n);
  });

  it('refuses to delete an active tenant or one changed since its backup', async () => {
    expect(
      cli(source.url, 'tenant', 'delete', '--slug', 'aarhus_kopi', '--confirm', 'aarhus_kopi').stderr,
    ).toContain('Suspendér');
    expect(cli(source.url, 'tenant', 'suspend', '--slug', 'aarhus_kopi').status).toBe(0);
    expect(
      cli(source.url, 'tenant', 'delete', '--slug', 'aarhus_kopi', '--confirm', 'aarhus').stderr,
    ).toContain('bekræftelse');
    expect(
      cli(source.url, 'tenant', 'delete', '--slug', 'aarhus_kopi', '--confirm', 'aarhus_kopi').stderr,
    ).toContain('ingen backup');
    expect(
      cli(source.url, 'tenant', 'export', '--slug', 'aarhus_kopi', '--file', `${file}.kopi`).status,
    ).toBe(0);
    const deleted = cli(source.url, 'tenant', 'delete', '--slug', 'aarhus_kopi', '--confirm', 'aarhus_kopi');
    expect(deleted.stdout).toContain('Slettet: aarhus_kopi');
    expect(cli(source.url, 'tenant', 'list').stdout).not.toContain('aarhus_kopi');
  });
});
