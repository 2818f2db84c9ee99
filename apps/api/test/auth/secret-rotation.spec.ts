import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import request from 'supertest';
import {
  BrowserClient,
  createScratchDatabase,
  LoginFixture,
  nodeArgsFor,
  openTestDataSource,
  startTestApp,
  tenancyFor,
} from '@socialkompas/testing';
import { ActionLinks } from '@socialkompas/catalogue';
import { SecretBox } from '@socialkompas/auth';

const ROOT = join(__dirname, '../../../..');
const OLD_SECRET = 'the-session-secret-before-the-rotation-0123456789';
const NEW_SECRET = 'the-session-secret-after-the-rotation-9876543210';
const OLD_KEY = 'the-secrets-key-before-the-rotation-0123456789';
const NEW_KEY = 'the-secrets-key-after-the-rotation-9876543210';

/** docs/operations.md, "Rotating secrets": what the previous secret or key signed or sealed keeps working. */
describe('rotating SESSION_SECRET and SECRETS_KEY', () => {
  let fixture: LoginFixture;
  let host: string;
  let cookie: string;
  let tenantId: string;

  beforeAll(async () => {
    fixture = await LoginFixture.start(
      [{ login: 'redaktoer', name: 'Rikke Redaktør', email: 'rikke@example.dk' }],
      {
        env: { SESSION_SECRET: OLD_SECRET },
      },
    );
    const site = await fixture.tenant('rotation');
    await fixture.invite(site.tenant, 'redaktoer', 'editor');
    host = site.host;
    tenantId = site.tenant.id;
    const browser = new BrowserClient();
    expect((await fixture.login(browser, host, 'redaktoer')).json()).toMatchObject({ authenticated: true });
    cookie = `socialkompas_session=${browser.cookie(host, 'socialkompas_session')}`;
  });

  afterAll(() => fixture?.close());

  const meWith = async (env: Record<string, string>) => {
    const app = await startTestApp({ env });
    try {
      return (
        await request(app.app.getHttpServer()).get('/api/v1/me').set('Host', host).set('Cookie', cookie)
      ).body;
    } finally {
      await app.close();
    }
  };

  it('keeps a session signed with the previous SESSION_SECRET, and drops it once that is removed', async () => {
    expect(await meWith({ SESSION_SECRET: NEW_SECRET, SESSION_SECRET_PREVIOUS: OLD_SECRET })).toMatchObject({
      authenticated: true,
      role: 'editor',
    });
    expect(await meWith({ SESSION_SECRET: NEW_SECRET })).toMatchObject({ authenticated: false });
  });

  it('accepts a reminder link signed with the previous secret, and signs new ones with the new', () => {
    const grant = { tenantId, offerId: '00000000-0000-4000-8000-000000000001', action: 'confirm' as const };
    const { token } = new ActionLinks(OLD_SECRET).sign(grant);
    expect(new ActionLinks(NEW_SECRET, OLD_SECRET).verify(token)).toMatchObject({ valid: true, grant });
    expect(new ActionLinks(NEW_SECRET).verify(token)).toEqual({ valid: false, reason: 'tampered' });
    const fresh = new ActionLinks(NEW_SECRET, OLD_SECRET).sign(grant).token;
    expect(new ActionLinks(NEW_SECRET).verify(fresh)).toMatchObject({ valid: true });
  });

  it('seals stored OIDC client secrets again with the new SECRETS_KEY (`platform secrets reseal`)', async () => {
    // A database of its own: the run's database holds other files' secrets, sealed with other keys.
    const scratch = await createScratchDatabase('reseal');
    const dataSource = await openTestDataSource({ url: scratch.url, poolSize: 2 });
    const { migrationRunner, provisioning } = tenancyFor(dataSource);
    await migrationRunner.ensurePlatformSchema();
    const { tenant } = await provisioning.createTenant({
      slug: 'reseal',
      name: 'Reseal Kommune',
      kind: 'municipality',
    });
    try {
      await dataSource.query(
        `INSERT INTO platform.oidc_providers (tenant_id, issuer, client_id, client_secret_encrypted)
       VALUES ($1, 'https://login.example.dk', 'socialkompas', $2)`,
        [tenant.id, new SecretBox(OLD_KEY).seal('kommunens-klienthemmelighed')],
      );
      const reseal = (env: Record<string, string>) =>
        spawnSync(
          process.execPath,
          [...nodeArgsFor('apps/api/src/cli/platform.cli.ts'), 'secrets', 'reseal'],
          {
            cwd: ROOT,
            env: { PATH: process.env.PATH, DATABASE_URL: scratch.url, ...env },
            encoding: 'utf8',
            timeout: 60_000,
          },
        );
      const sealed = async () =>
        (
          await dataSource.query(
            `SELECT client_secret_encrypted FROM platform.oidc_providers WHERE tenant_id = $1`,
            [tenant.id],
          )
        )[0].client_secret_encrypted as string;

      // Before the reseal, both keys open it: logins go on during the rotation.
      const before = await sealed();
      expect(new SecretBox(NEW_KEY, OLD_KEY).open(before)).toBe('kommunens-klienthemmelighed');
      expect(() => new SecretBox(NEW_KEY).open(before)).toThrow(/does not open/);

      const first = reseal({ SECRETS_KEY: NEW_KEY, SECRETS_KEY_PREVIOUS: OLD_KEY });
      expect(first.stderr).toBe('');
      expect(first.status).toBe(0);
      expect(first.stdout).toMatch(/^[1-9]\d* klienthemmelighed\(er\) krypteret igen/);
      const after = await sealed();
      expect(new SecretBox(NEW_KEY).open(after)).toBe('kommunens-klienthemmelighed');
      expect(() => new SecretBox(OLD_KEY).open(after)).toThrow(/does not open/);

      // A second run finds nothing left to do.
      expect(reseal({ SECRETS_KEY: NEW_KEY, SECRETS_KEY_PREVIOUS: OLD_KEY }).stdout).toMatch(
        /^0 klienthemmelighed/,
      );
    } finally {
      await dataSource.destroy();
      await scratch.drop();
    }
  });
});
