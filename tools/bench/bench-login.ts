import type { Server } from 'node:http';
import { DataSource } from 'typeorm';
import { startDevelopmentIdp } from '@socialkompas/auth';
import { TenantRegistry } from '@socialkompas/tenancy';
import { loadEnvironment } from '../../apps/api/src/config/environment';
import { createApp } from '../../apps/api/src/create-app';
import { BrowserClient } from '../test/support/browser-client';
import { BENCH_SESSION_SECRET } from './http-load';

/** A staff session a benchmark's requests carry: its cookie and the CSRF token writes need. */
export interface BenchSession {
  cookie: string;
  csrf: string;
}

/** The sessions of staffSessions, by tenant slug. */
export interface BenchSessions {
  of(slug: string): BenchSession;
}

const CLIENT = { clientId: 'socialkompas-bench', clientSecret: 'bench-client-secret-0123456789' };

/**
 * Logs one staff member in on each tenant's host through the whole OIDC code flow, against an
 * API in this process with the benchmark's session secret and a development IdP, so the sessions
 * hold on the API process under test. The member gets `role` in each of the (existing) tenants.
 * `environment` adds settings, e.g. PLATFORM_ADMIN_TENANT for a platform administrator.
 */
export async function staffSessions(
  url: string,
  slugs: string[],
  role: string,
  environment: Record<string, string> = {},
): Promise<BenchSessions> {
  const email = `${role.replaceAll('_', '-')}@bench.dk`;
  const idp = await startDevelopmentIdp({
    port: 0,
    hostname: '127.0.0.1',
    accounts: [{ login: role, name: `Bench ${role}`, email }],
    clients: [],
  });
  const app = await createApp(
    loadEnvironment({
      NODE_ENV: 'development',
      DATABASE_URL: url,
      SESSION_SECRET: BENCH_SESSION_SECRET,
      LOG_LEVEL: 'silent',
      WEB_DIST_DIR: '/nonexistent',
      ...environment,
    }),
    { developmentIdp: { issuer: idp.issuer, ...CLIENT }, jobs: 'off' },
  );
  await app.listen(0, '127.0.0.1');
  try {
    const { port } = (app.getHttpServer() as Server).address() as { port: number };
    const registry = app.get(TenantRegistry);
    const sessions = new Map<string, BenchSession>();
    for (const slug of slugs) {
      const tenant = await registry.findBySlug(slug);
      if (!tenant) throw new Error(`no tenant ${slug}`);
      await app
        .get(DataSource)
        .query(`INSERT INTO platform.memberships (tenant_id, email, role) VALUES ($1, $2, $3)`, [
          tenant.id,
          email,
          role,
        ]);
      const host = `${slug}.localhost:${port}`;
      idp.registerClient({
        ...CLIENT,
        redirectUris: [`http://${host}/auth/callback`],
        postLogoutRedirectUris: [`http://${host}/`],
      });
      const browser = new BrowserClient();
      const form = await browser.get(`http://${host}/auth/login?returnTo=/api/v1/me`);
      const consent = await browser.submitForm(form, { login: role, password: 'x' });
      const me = (await browser.submitForm(consent)).json<{ authenticated: boolean; csrfToken?: string }>();
      if (!me.authenticated || !me.csrfToken) throw new Error(`${role} login on ${slug} failed`);
      sessions.set(slug, {
        cookie: `socialkompas_session=${browser.cookie(host, 'socialkompas_session')}`,
        csrf: me.csrfToken,
      });
    }
    return {
      of: (slug) => {
        const session = sessions.get(slug);
        if (!session) throw new Error(`no session on ${slug}`);
        return session;
      },
    };
  } finally {
    await app.close();
    await idp.close();
  }
}
