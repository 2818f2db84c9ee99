import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';
import { createScratchDatabase, nodeArgsFor } from '@socialkompas/testing';

const ROOT = join(__dirname, '../../..');

describe('command-line tools', () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;

  const run = (script: 'platform' | 'migrate', ...args: string[]) =>
    spawnSync(process.execPath, [...nodeArgsFor(`apps/api/src/cli/${script}.cli.ts`), ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, DATABASE_URL: scratch.url },
      encoding: 'utf8',
      timeout: 60_000,
    });

  beforeAll(async () => {
    scratch = await createScratchDatabase('cli');
  });

  afterAll(() => scratch.drop());

  it('lists the platform migrations in a dry run on an empty database, and applies nothing', () => {
    const result = run('migrate', '--dry-run');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('platform: would apply CreateTenantRegistry');
  });

  it('creates a region and a member municipality, idempotently, and lists them', () => {
    expect(
      run('platform', 'tenant', 'create', '--slug', 'midt', '--name', 'Region Midt', '--kind', 'region')
        .status,
    ).toBe(0);
    const created = run(
      'platform',
      'tenant',
      'create',
      '--slug',
      'aarhus',
      '--name',
      'Aarhus Kommune',
      '--kind',
      'municipality',
      '--region',
      'midt',
      '--domain',
      'tilbud.aarhus.dk',
    );
    expect(created.stdout).toContain('Oprettet: aarhus');
    const again = run(
      'platform',
      'tenant',
      'create',
      '--slug',
      'aarhus',
      '--name',
      'Aarhus Kommune',
      '--kind',
      'municipality',
    );
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('Findes allerede: aarhus');

    const list = run('platform', 'tenant', 'list');
    expect(list.stdout.trim().split('\n')).toEqual([
      expect.stringMatching(/^aarhus\s+municipality\s+active\s+Aarhus Kommune tilbud\.aarhus\.dk$/),
      expect.stringMatching(/^midt\s+region\s+active\s+Region Midt$/),
    ]);
  });

  it('refuses a bad slug with a clear message and exit code 2', () => {
    const result = run(
      'platform',
      'tenant',
      'create',
      '--slug',
      'a"; DROP SCHEMA platform; --',
      '--name',
      'X Kommune',
      '--kind',
      'municipality',
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Ugyldig tenant-slug');
    expect(run('platform', 'tenant', 'list').stdout).not.toContain('X Kommune');
  });

  it('refuses a taken domain and an unknown region', () => {
    const taken = run(
      'platform',
      'tenant',
      'create',
      '--slug',
      'odder',
      '--name',
      'Odder Kommune',
      '--kind',
      'municipality',
      '--domain',
      'tilbud.aarhus.dk',
    );
    expect(taken.status).toBe(2);
    expect(taken.stderr).toContain('Domænet "tilbud.aarhus.dk" bruges allerede af tenant "aarhus"');
    const region = run(
      'platform',
      'tenant',
      'create',
      '--slug',
      'odder',
      '--name',
      'Odder Kommune',
      '--kind',
      'municipality',
      '--region',
      'atlantis',
    );
    expect(region.status).toBe(2);
    expect(region.stderr).toContain('Regionen "atlantis" findes ikke');
    expect(run('platform', 'tenant', 'list').stdout).not.toContain('odder');
  });

  it('invites a tenant’s first administrator and sets its identity provider, refusing bad input', async () => {
    const invited = run(
      'platform',
      'access',
      'invite',
      '--tenant',
      'aarhus',
      '--email',
      'Chef@Aarhus.dk',
      '--role',
      'tenant_admin',
    );
    expect(invited.stdout).toContain('Inviteret: chef@aarhus.dk som tenant_admin i aarhus');
    const badRole = run(
      'platform',
      'access',
      'invite',
      '--tenant',
      'aarhus',
      '--email',
      'x@aarhus.dk',
      '--role',
      'konge',
    );
    expect(badRole.status).toBe(2);
    expect(badRole.stderr).toContain('role skal være en af');

    const oidc = run(
      'platform',
      'access',
      'oidc',
      '--tenant',
      'aarhus',
      '--issuer',
      'https://login.microsoftonline.com/11111111-2222-3333-4444-555555555555/v2.0',
      '--client-id',
      'socialkompas-aarhus',
      '--client-secret-env',
      'OIDC_CLIENT_SECRET_AARHUS',
      '--self-provisioning',
      '--group-role',
      'sk-redaktoerer=editor',
    );
    expect(oidc.stdout).toContain('aarhus logger nu ind via https://login.microsoftonline.com/');
    const badIssuer = run(
      'platform',
      'access',
      'oidc',
      '--tenant',
      'aarhus',
      '--issuer',
      'http://idp.example.dk',
      '--client-id',
      'x',
      '--client-secret-env',
      'X',
    );
    expect(badIssuer.status).toBe(2);
    expect(badIssuer.stderr).toContain('issuer skal være en https-adresse');

    const client = new Client({ connectionString: scratch.url });
    await client.connect();
    const { rows } = await client.query(
      `SELECT p.client_secret_env, p.self_provisioning, p.claim_mapping, m.email, m.role, m.status
       FROM platform.oidc_providers p JOIN platform.memberships m USING (tenant_id)`,
    );
    const { rows: audit } = await client.query(
      `SELECT action, entity_type, actor FROM t_aarhus.audit_log ORDER BY id`,
    );
    // The invitation waits in the tenant's outbox for the mail job, with the login address.
    const { rows: outbox } = await client.query(
      `SELECT kind, recipient, status, text_body LIKE '%/auth/login%' AS "hasLoginUrl" FROM t_aarhus.outbox`,
    );
    await client.end();
    expect(outbox).toEqual([
      { kind: 'staff_invitation', recipient: 'chef@aarhus.dk', status: 'pending', hasLoginUrl: true },
    ]);
    expect(rows).toEqual([
      {
        client_secret_env: 'OIDC_CLIENT_SECRET_AARHUS',
        self_provisioning: true,
        claim_mapping: { roles: { 'sk-redaktoerer': 'editor' } },
        email: 'chef@aarhus.dk',
        role: 'tenant_admin',
        status: 'invited',
      },
    ]);
    expect(audit).toEqual([
      { action: 'create', entity_type: 'tenant', actor: 'kommandolinjen' },
      { action: 'provision_again', entity_type: 'tenant', actor: 'kommandolinjen' },
      { action: 'invite', entity_type: 'membership', actor: 'kommandolinjen' },
      { action: 'create', entity_type: 'oidc_provider', actor: 'kommandolinjen' },
    ]);
  });

  it('suspends a tenant', () => {
    expect(run('platform', 'tenant', 'suspend', '--slug', 'aarhus').stdout.trim()).toBe('aarhus: suspended');
  });

  it('migrates every schema with progress, and says when all are current', () => {
    const result = run('migrate');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('t_aarhus: up to date');
    expect(result.stdout).toContain('2 tenant schema(s), 0 failed');
  });
});
