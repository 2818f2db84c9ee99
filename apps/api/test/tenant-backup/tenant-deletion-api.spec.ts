import { Readable } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import { LoginFixture, StaffBrowser, uniqueSlug } from '@socialkompas/testing';
import { MigrationRunner, type Tenant } from '@socialkompas/tenancy';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { restoreTenant } from '../../src/tenant-backup/tenant-restore';

const person = (login: string, name: string) => ({ login, name, email: `${login}@example.dk` });

interface Problem {
  status: number;
  detail: string;
  errors?: { field: string; message: string }[];
}

/** The platform's backup download and tenant deletion over HTTP, with the command line's rules. */
describe('platform API: download a tenant’s backup, then delete the tenant', () => {
  let fixture: LoginFixture;
  let pia: StaffBrowser;
  let bo: StaffBrowser;
  let odder: { tenant: Tenant; host: string };
  let other: { tenant: Tenant; host: string };
  const platformSlug = uniqueSlug('del_platform');
  const platform = (slug: string, path = '') => `/api/v1/platform/tenants/${slug}${path}`;
  const sql = <T = Record<string, unknown>>(query: string, parameters: unknown[] = []) =>
    fixture.testApp.app.get(DataSource).query(query, parameters) as Promise<T[]>;
  const schemaExists = async (slug: string) =>
    (await sql(`SELECT 1 FROM pg_namespace WHERE nspname = $1`, [`t_${slug}`])).length === 1;
  const countOf = async (slug: string, table: string) =>
    Number((await sql<{ count: string }>(`SELECT count(*) FROM t_${slug}.${table}`))[0].count);
  /** The record is written once the last byte is handed over, so a moment after the client has it. */
  const backupsRecorded = async (tenantId: string, count: number) => {
    for (let attempt = 0; attempt < 100; attempt++) {
      const rows = await sql(`SELECT 1 FROM platform.tenant_backups WHERE tenant_id = $1`, [tenantId]);
      if (rows.length >= count) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`Fewer than ${count} backups recorded`);
  };
  const refusal = (response: { status: number; json<T>(): T }) => {
    const problem = response.json<Problem>();
    return {
      status: response.status,
      fields: problem.errors?.map((error) => error.field),
      detail: problem.detail,
    };
  };

  beforeAll(async () => {
    fixture = await LoginFixture.start(
      [person('pia', 'Pia Platform'), person('bo', 'Bo Andenkommune'), person('olga', 'Olga Odder')],
      { env: { PLATFORM_ADMIN_TENANT: platformSlug } },
    );
    const platformTenant = await fixture.tenant('del_platform', { slug: platformSlug });
    await fixture.invite(platformTenant.tenant, 'pia', 'platform_admin');
    pia = await new StaffBrowser(fixture, platformTenant.host).login('pia');
    odder = await fixture.tenant('del_odder', { offers: 30 });
    await fixture.invite(odder.tenant, 'olga', 'tenant_admin');
    other = await fixture.tenant('del_other', { offers: 20 });
    await fixture.invite(other.tenant, 'bo', 'tenant_admin');
    bo = await new StaffBrowser(fixture, other.host).login('bo');
  });

  afterAll(() => fixture?.close());

  it('refuses a tenant administrator of another tenant both the backup and the deletion', async () => {
    expect((await bo.send('GET', platform(odder.tenant.slug, '/backup'))).status).toBe(403);
    expect(
      (await bo.send('DELETE', platform(odder.tenant.slug), { confirm: odder.tenant.slug })).status,
    ).toBe(403);
    expect(await schemaExists(odder.tenant.slug)).toBe(true);
    expect(
      await sql(`SELECT 1 FROM platform.tenant_backups WHERE tenant_id = $1`, [odder.tenant.id]),
    ).toEqual([]);
  });

  it('streams a backup that restores, records it and logs the download in the platform log', async () => {
    const response = await pia.send('GET', platform(odder.tenant.slug, '/backup'));
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/gzip');
    expect(response.headers['cache-control']).toBe('no-store');
    const today = new Date().toISOString().slice(0, 10);
    const fileName = `${odder.tenant.slug}-${today}.skbackup.jsonl.gz`;
    expect(response.headers['content-disposition']).toBe(`attachment; filename="${fileName}"`);
    const header = JSON.parse(gunzipSync(response.bytes).toString('utf8').split('\n')[0]);
    expect(header).toMatchObject({ type: 'header', tenant: { slug: odder.tenant.slug } });

    await backupsRecorded(odder.tenant.id, 1);
    const copy = uniqueSlug('del_copy');
    const app = fixture.testApp.app;
    const restored = await restoreTenant(
      app.get(DataSource),
      app.get(MigrationRunner),
      Readable.from([response.bytes]),
      {
        slug: copy,
      },
    );
    expect(restored.slug).toBe(copy);
    expect(await countOf(copy, 'offers')).toBe(await countOf(odder.tenant.slug, 'offers'));
    expect(await countOf(copy, 'offers')).toBeGreaterThan(0);

    expect(
      await sql(
        `SELECT file_name AS "fileName", bytes::int, taken_by AS "takenBy" FROM platform.tenant_backups WHERE tenant_id = $1`,
        [odder.tenant.id],
      ),
    ).toEqual([{ fileName, bytes: response.bytes.length, takenBy: expect.stringContaining('Pia') }]);
    expect(
      await sql(`SELECT action FROM platform.platform_audit_log WHERE tenant_id = $1 ORDER BY id`, [
        odder.tenant.id,
      ]),
    ).toEqual([{ action: 'download_backup' }]);
    await pia.send('POST', platform(copy, '/suspend'));
  });

  it('refuses to delete an active tenant, a wrong confirmation, and a tenant changed since its backup, deleting nothing', async () => {
    const slug = odder.tenant.slug;
    expect(refusal(await pia.send('DELETE', platform(slug), { confirm: slug }))).toEqual({
      status: 409,
      fields: ['status'],
      detail: `Suspendér "${slug}" før den slettes.`,
    });
    expect((await pia.send('POST', platform(slug, '/suspend'))).status).toBe(200);
    expect(refusal(await pia.send('DELETE', platform(slug), { confirm: 'odder' }))).toMatchObject({
      status: 400,
      fields: ['confirm'],
    });
    expect(refusal(await pia.send('DELETE', platform(slug), {}))).toMatchObject({
      status: 400,
      fields: ['confirm'],
    });
    expect(refusal(await pia.send('DELETE', platform(slug), { confirm: slug, force: true }))).toMatchObject({
      status: 400,
      fields: ['force'],
    });
    // The suspension is a change: the backup taken before it no longer counts.
    const stale = refusal(await pia.send('DELETE', platform(slug), { confirm: slug }));
    expect(stale).toMatchObject({ status: 409, fields: ['backup'] });
    expect(stale.detail).toContain('ingen backup');
    expect(await schemaExists(slug)).toBe(true);
    expect(await sql(`SELECT 1 FROM platform.tenants WHERE id = $1`, [odder.tenant.id])).toHaveLength(1);
    expect((await pia.send('DELETE', platform('findes_ikke'), { confirm: 'findes_ikke' })).status).toBe(404);
  });

  it('deletes a suspended tenant after a new download: its host answers 404, the other tenant is intact', async () => {
    const slug = odder.tenant.slug;
    const otherOffers = await countOf(other.tenant.slug, 'offers');
    const otherMembers = await sql(`SELECT user_id FROM platform.memberships WHERE tenant_id = $1`, [
      other.tenant.id,
    ]);
    expect((await pia.send('GET', platform(slug, '/backup'))).status).toBe(200);
    await backupsRecorded(odder.tenant.id, 2);
    const deleted = await pia.send('DELETE', platform(slug), { confirm: slug });
    expect(deleted.status).toBe(204);

    await request(fixture.testApp.app.getHttpServer())
      .get('/api/v1/tenant')
      .set('Host', odder.host)
      .expect(404);
    expect(await schemaExists(slug)).toBe(false);
    expect(await sql(`SELECT 1 FROM platform.tenants WHERE id = $1`, [odder.tenant.id])).toEqual([]);
    expect(await sql(`SELECT 1 FROM platform.memberships WHERE tenant_id = $1`, [odder.tenant.id])).toEqual(
      [],
    );
    expect(
      await sql(
        `SELECT action, actor_label AS "actorLabel" FROM platform.platform_audit_log WHERE tenant_slug = $1 ORDER BY id`,
        [slug],
      ),
    ).toEqual([
      { action: 'download_backup', actorLabel: expect.stringContaining('Pia') },
      { action: 'download_backup', actorLabel: expect.stringContaining('Pia') },
      { action: 'delete_tenant', actorLabel: expect.stringContaining('Pia') },
    ]);

    expect(await schemaExists(other.tenant.slug)).toBe(true);
    expect(await countOf(other.tenant.slug, 'offers')).toBe(otherOffers);
    expect(
      await sql(`SELECT user_id FROM platform.memberships WHERE tenant_id = $1`, [other.tenant.id]),
    ).toEqual(otherMembers);
    await request(fixture.testApp.app.getHttpServer())
      .get('/api/v1/tenant')
      .set('Host', other.host)
      .expect(200);
    expect((await pia.send('GET', platform(slug, '/backup'))).status).toBe(404);
  });
});
