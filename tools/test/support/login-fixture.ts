import { createHash } from 'node:crypto';
import type { Server } from 'node:http';
import { DataSource } from 'typeorm';
import { DevelopmentAccount, DevelopmentIdp, startDevelopmentIdp } from '@socialkompas/auth';
import { StaffRole } from '@socialkompas/http';
import { DemoSeeder } from '@socialkompas/demo';
import { SearchIndex } from '@socialkompas/catalogue';
import { TenancyService, Tenant } from '@socialkompas/tenancy';
import { smtpTransport } from '@socialkompas/mail';
import { BrowserClient, BrowserResponse } from './browser-client';
import { startTestApp, TestApp, uniqueSlug } from './index';
import { FakeSmtpServer, ReceivedMail, startFakeSmtpServer } from './smtp-server';

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
    /** The SMTP server every tenant's mail goes to, when the fixture was started with `smtp`. */
    private readonly smtp: (FakeSmtpServer & { closeTransport(): void }) | null,
  ) {}

  static async start(
    people: Person[],
    options: { env?: Record<string, string>; smtp?: boolean } = {},
  ): Promise<LoginFixture> {
    const idp = await startDevelopmentIdp({ port: 0, hostname: '127.0.0.1', accounts: people, clients: [] });
    const smtpServer = options.smtp ? await startFakeSmtpServer({}) : null;
    const transport = smtpServer ? smtpTransport(smtpServer.url) : null;
    const testApp = await startTestApp({
      env: options.env,
      developmentIdp: { issuer: idp.issuer, ...CLIENT },
      ...(transport ? { mail: { transport } } : {}),
    });
    await testApp.app.listen(0, '127.0.0.1');
    const { port } = (testApp.app.getHttpServer() as Server).address() as { port: number };
    const smtp = smtpServer && transport ? { ...smtpServer, closeTransport: () => transport.close() } : null;
    const fixture = new LoginFixture(testApp, idp, port, smtp);
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

  /** An association of the tenant, and an invitation of `email` to it, written straight to the database. */
  async inviteAssociationMember(
    tenant: Tenant,
    email: string,
    organizationName = 'Foreningen Test',
  ): Promise<string> {
    const [{ id }] = (await this.dataSource().query(
      `INSERT INTO "t_${tenant.slug}".organizations (name) VALUES ($1) RETURNING id`,
      [organizationName],
    )) as { id: string }[];
    await this.dataSource().query(
      `INSERT INTO platform.memberships (tenant_id, email, role, organization_id) VALUES ($1, $2, 'association', $3)`,
      [tenant.id, email, id],
    );
    return id;
  }

  /** The path of the login link in a mail (the mail names the configured port, not the test's). */
  static linkPathIn(mail: ReceivedMail): string {
    const url = /https?:\/\/\S+\/auth\/email-login\/[A-Za-z0-9_-]{43}/.exec(mail.text)?.[0];
    if (!url) throw new Error(`No login link in:\n${mail.text}`);
    return new URL(url).pathname;
  }

  /** Asks for a login link as an association's member does, and presses the button of the link that arrives. */
  async loginByEmailLink(client: BrowserClient, host: string, email: string): Promise<BrowserResponse> {
    const before = this.receivedMail().length;
    const asked = await client.request('POST', `http://${host}/auth/email-login`, {
      json: { email },
      headers: { accept: 'application/json' },
    });
    if (asked.status !== 202) throw new Error(`Asking for a login link gave ${asked.status}: ${asked.body}`);
    const mail = await this.mailTo(email, (candidate) => this.receivedMail().indexOf(candidate) >= before);
    return client.request('POST', `http://${host}${LoginFixture.linkPathIn(mail)}`, {
      followRedirects: false,
      headers: { accept: 'application/json' },
    });
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

  /** The mails the SMTP server has received so far (the fixture must be started with `smtp`). */
  receivedMail(): ReceivedMail[] {
    if (!this.smtp) throw new Error('Start the LoginFixture with { smtp: true } to receive mail.');
    return this.smtp.received;
  }

  /** Waits for the SMTP server to receive a mail to `recipient` that `matches`, and returns it. */
  async mailTo(
    recipient: string,
    matches: (mail: ReceivedMail) => boolean = () => true,
  ): Promise<ReceivedMail> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const found = this.receivedMail().find((mail) => mail.envelopeTo.includes(recipient) && matches(mail));
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`No mail to ${recipient} arrived within 10 s`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async close(): Promise<void> {
    await this.testApp.close();
    await this.idp.close();
    this.smtp?.closeTransport();
    await this.smtp?.close();
  }
}
