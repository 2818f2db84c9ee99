import { randomBytes } from 'node:crypto';
import type { Tenant } from '@socialkompas/tenancy';
import { createScratchDatabase, startTestApp, type TestApp } from '@socialkompas/testing';
import { CatalogueFixture } from './catalogue-fixture';

/** The tenants of the network: a region with three members, a municipality outside it, the nation. */
const NETWORK = [
  { slug: 'midt', name: 'Region Midt', kind: 'region' },
  { slug: 'aarhus', name: 'Aarhus Kommune', kind: 'municipality', region: 'midt' },
  { slug: 'silkeborg', name: 'Silkeborg Kommune', kind: 'municipality', region: 'midt' },
  { slug: 'lukket', name: 'Lukket Kommune', kind: 'municipality', region: 'midt' },
  { slug: 'odense', name: 'Odense Kommune', kind: 'municipality' },
  { slug: 'danmark', name: 'Hele landet', kind: 'national' },
] as const;

export interface TenantNetwork {
  scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  testApp: TestApp;
  /** Each tenant's fixture on its host (the national tenant's is the bare domain), vocabulary loaded. */
  fixtures: Record<string, CatalogueFixture>;
  tenants: Record<string, Tenant>;
}

/**
 * The application on a database of its own with the tenants of NETWORK: a national tenant reaches
 * every municipality's search, which must not leak into the other test files' tenants.
 */
export async function startTenantNetwork(label: string): Promise<TenantNetwork> {
  const scratch = await createScratchDatabase(`${label}_${randomBytes(3).toString('hex')}`);
  const testApp = await startTestApp({ grantAllRoles: true, env: { DATABASE_URL: scratch.url } });
  const network: TenantNetwork = { scratch, testApp, fixtures: {}, tenants: {} };
  for (const { slug, name, kind, ...rest } of NETWORK) {
    const region = 'region' in rest ? rest.region : undefined;
    network.tenants[slug] = (await testApp.provision({ slug, name, kind, region })).tenant;
    network.fixtures[slug] = new CatalogueFixture(
      testApp,
      kind === 'national' ? 'localhost' : `${slug}.localhost`,
    );
    await network.fixtures[slug].loadTaxonomy();
  }
  return network;
}
