import { createHash } from 'node:crypto';
import type { Server } from 'node:http';
import { DataSource } from 'typeorm';
import { DevelopmentAccount, DevelopmentIdp, startDevelopmentIdp } from '@socialkompas/auth';
import { StaffRole } from '@socialkompas/http';
import { DemoSeeder } from '@socialkompas/demo';
import { SearchIndex } from '@socialkompas/catalogue';
import { TenancyService, Tenant } from '@socialkompas/tenancy';
import { BrowserClient, BrowserResponse } from './browser-client';
import { startTestApp, TestApp, uniqueSlug } from './index';

export type Person = DevelopmentAccount;

const CLIENT = { clientId: 'socialkompas-test', clientSecret: 'test-client-secret-0123456789' };

/**
 * The real application on a real port, with a real OIDC provider (the development IdP) beside it,
 * and tenants whose hosts (`<slug>.localhost:<port>`) log in through it.
 */
export class LoginFixture {
  readonly people = new Map<string, Person>();

  private constructor(
    readonly testApp: TestApp,
    readonly idp: DevelopmentIdp,
    readonly port: number,
  ) {}

  static async start(
    people: Person[],
    options: { env?: Record<string, string> } = {},
  ): Promise<LoginFixture> {
    const idp = await startDevelopmentIdp({ port: 0, hostname: '127.0.0.1', accounts: people, clients: [] });
    const testApp = await startTestApp({
      env: options.env,
      developmentIdp: { issuer: idp.issuer, ...CLIENT },
    });
    await testApp.app.listen(0, '127.0.0.1');
    const { port } = (testApp.app.getHttpServer() as Server).address() as { port: number };
    const fixture = new LoginFixture(testApp, idp, port);
    for (const person of people) fixture.people.set(person.login, person);
    return fixture;
  }

  /** A tenant registered at the IdP, optionally with demo offers. */
  async tenant(
    prefix: string,
    options: { offers?: number; kind?: Tenant['kind']; region?: string; slug?: string } = {},
  ): Promise<{ tenant: Tenant; host: string }> {
    const slug = options.slug ?? uniqueSlug(prefix);
    const { tenant } = await this.testApp.provision({
      slug,
      name: `${prefix} ${options.kind === 'region' ? 'Region' : 'Kommune'}`,
      kind: options.kind ?? 'municipality',
      region: options.region,
    });
    const host = `${slug}.localhost:${this.port}`;
    this.registerHosts([host]);
    if (options.offers) {
      await new DemoSeeder(this.testApp.app.get(TenancyService), this.testApp.app.get(SearchIndex)).seed(
        tenant,
        {
          offerCount: options.offers,
          seed: 7,
        },
      );
    }
    return { tenant, host };
  }

  private readonly hosts: string[] = [];

  registerHosts(hosts: string[]): void {
    this.hosts.push(...hosts);
    this.idp.registerClient({
      ...CLIENT,
      redirectUris: this.hosts.map((host) => `http://${host}/auth/callback`),
      postLogoutRedirectUris: this.hosts.map((host) => `http://${host}/`),
    });
  }

  async invite(tenant: Tenant, login: string, role: StaffRole): Promise<void> {
    const person = this.people.get(login);
    if (!person) throw new Error(`No test person "${login}"`);
    await this.dataSource().query(
      `INSERT INTO platform.memberships (tenant_id, email, role) VALUES ($1, $2, $3)`,
      [tenant.id, person.email, role],
    );
  }

  dataSource(): DataSource {
    return this.testApp.app.get(DataSource);
  }

  /** Logs in as a browser does: the app sends it to the IdP, it types the login and consents, and comes back. */
  async login(
    client: BrowserClient,
    host: string,
    login: string,
    returnTo = '/api/v1/me',
  ): Promise<BrowserResponse> {
    const form = await client.get(`http://${host}/auth/login?returnTo=${encodeURIComponent(returnTo)}`);
    const consent = await client.submitForm(form, { login, password: 'any password' });
    return client.submitForm(consent);
  }

  /** Goes through the IdP but stops before the browser reaches the app's callback, and returns that URL. */
  async callbackUrl(client: BrowserClient, host: string, login: string): Promise<URL> {
    const form = await client.get(`http://${host}/auth/login`);
    const consent = await client.submitForm(form, { login, password: 'any password' });
    let response = await client.submitForm(consent, {}, { followRedirects: false });
    for (let hop = 0; hop < 10 && response.status >= 300 && response.status < 400; hop++) {
      const next = new URL(String(response.headers.location), response.url);
      if (next.pathname === '/auth/callback') return next;
      response = await client.get(next.href, { followRedirects: false });
    }
    throw new Error(`Never reached the callback; ended at ${response.url} with ${response.status}`);
  }

  /** The stored row's key of the session behind a browser's cookie (`s:<id>.<signature>`). */
  sessionKey(client: BrowserClient, host: string): string {
    const cookie = decodeURIComponent(client.cookie(host, 'socialkompas_session') ?? '');
    const id = /^s:([^.]+)\./.exec(cookie)?.[1];
    if (!id) throw new Error(`No signed session cookie for ${host}`);
    return createHash('sha256').update(id).digest('hex');
  }

  /** The session's CSRF token, as the web client reads it. */
  async csrfToken(client: BrowserClient, host: string): Promise<string> {
    return (await client.get(`http://${host}/api/v1/me`)).json<{ csrfToken: string }>().csrfToken;
  }

  async auditActions(
    tenant: Tenant,
  ): Promise<{ action: string; entity_type: string; actor: string; changes: Record<string, unknown> }[]> {
    return this.dataSource().query(
      `SELECT action, entity_type, actor, changes FROM "t_${tenant.slug}".audit_log ORDER BY id`,
    );
  }

  async close(): Promise<void> {
    await this.testApp.close();
    await this.idp.close();
  }
}
