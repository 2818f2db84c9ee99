import { startTestApp, type TestApp, uniqueSlug } from '@socialkompas/testing';
import type { TenantTheme } from '@socialkompas/tenancy';
import request from 'supertest';

export interface TermSummary {
  id: string;
  code: string;
  name: string;
}

/** A tenant for catalogue tests, driven through the HTTP API as an editor would. */
export class CatalogueFixture {
  private terms = new Map<string, TermSummary>();

  constructor(
    private readonly testApp: TestApp,
    readonly host: string,
  ) {}

  /** The tenant's slug, the first label of its host. */
  get slug(): string {
    return this.host.split('.')[0];
  }

  http() {
    return request(this.testApp.app.getHttpServer());
  }

  get(path: string) {
    return this.http().get(path).set('Host', this.host);
  }

  post(path: string, body: object) {
    return this.http().post(path).set('Host', this.host).send(body);
  }

  patch(path: string, body: object) {
    return this.http().patch(path).set('Host', this.host).send(body);
  }

  async loadTaxonomy(): Promise<void> {
    const response = await this.get('/api/v1/taxonomy').expect(200);
    for (const vocabulary of response.body.items) {
      for (const term of vocabulary.terms) this.terms.set(`${vocabulary.code}:${term.code}`, term);
    }
  }

  /** The id of a term, e.g. `term('challenge', 'ensomhed')`. */
  term(vocabulary: string, code: string): string {
    const term = this.terms.get(`${vocabulary}:${code}`);
    if (!term) throw new Error(`No term ${vocabulary}:${code} in the tenant`);
    return term.id;
  }

  async organization(name: string): Promise<string> {
    const created = await this.post('/api/v1/organizations', { name }).expect(201);
    await this.post(`/api/v1/organizations/${created.body.id}/publish`, {
      version: created.body.version,
    }).expect(201);
    return created.body.id;
  }

  /** Creates an offer and moves it to `status` (published unless told otherwise). */
  async offer(
    fields: Record<string, unknown>,
    status: 'draft' | 'in_review' | 'published' | 'archived' = 'published',
  ) {
    const created = await this.post('/api/v1/offers', fields).expect(201);
    const id: string = created.body.offer.id;
    let version: number = created.body.offer.version;
    const steps = {
      draft: [],
      in_review: ['submit'],
      published: ['publish'],
      archived: ['publish', 'archive'],
    }[status];
    for (const action of steps) {
      version = (await this.post(`/api/v1/offers/${id}/${action}`, { version }).expect(201)).body.version;
    }
    return { id, version, possibleDuplicates: created.body.possibleDuplicates };
  }
}

export interface TwoTenants {
  testApp: TestApp;
  /** The tenant a test works in. */
  a: CatalogueFixture;
  /** Another tenant, which what happens in `a` must never reach. */
  b: CatalogueFixture;
}

/**
 * The set-up the catalogue and tenant-admin test files share: the real application with every role
 * granted (see startTestApp), and two new municipalities `<prefix>_a…` and `<prefix>_b…` named
 * `names`, provisioned one after the other, each with a fixture on its `<slug>.localhost` host.
 */
export async function startTwoTenants(
  prefix: string,
  names: [string, string],
  options: { theme?: TenantTheme } = {},
): Promise<TwoTenants> {
  const testApp = await startTestApp({ grantAllRoles: true });
  const [a, b] = [uniqueSlug(`${prefix}_a`), uniqueSlug(`${prefix}_b`)];
  await testApp.provision({ slug: a, name: names[0], theme: options.theme });
  await testApp.provision({ slug: b, name: names[1], theme: options.theme });
  return {
    testApp,
    a: new CatalogueFixture(testApp, `${a}.localhost`),
    b: new CatalogueFixture(testApp, `${b}.localhost`),
  };
}
