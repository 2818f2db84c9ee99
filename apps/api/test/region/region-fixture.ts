import { BrowserClient, LoginFixture } from '@socialkompas/testing';
import type { Tenant } from '@socialkompas/tenancy';

export interface Site {
  tenant: Tenant;
  host: string;
}

/** A region with two member municipalities, one outside it, one suspended member, and its coordinator logged in. */
export interface RegionSetup {
  fixture: LoginFixture;
  region: Site;
  east: Site;
  west: Site;
  outsider: Site;
  closed: Site;
  /** Rita, the region's coordinator, logged in on the region's host. */
  coordinator: BrowserClient;
}

const person = (login: string, name: string) => ({ login, name, email: `${login}@example.dk` });

/** The tenants, with `offers` demo offers in each municipality; `anne` can be invited as anyone. */
export async function startRegion(
  prefix: string,
  offers: { east?: number; west?: number; outsider?: number; closed?: number } = {},
): Promise<RegionSetup> {
  const fixture = await LoginFixture.start([
    person('rita', 'Rita Koordinator'),
    person('anne', 'Anne Admin'),
  ]);
  const region = await fixture.tenant(prefix, { kind: 'region' });
  const inRegion = { region: region.tenant.slug };
  const east = await fixture.tenant('oest', { ...inRegion, offers: offers.east });
  const west = await fixture.tenant('vest', { ...inRegion, offers: offers.west });
  const outsider = await fixture.tenant('udenfor', { offers: offers.outsider });
  const closed = await fixture.tenant('lukket', { ...inRegion, offers: offers.closed });
  await fixture
    .dataSource()
    .query(`UPDATE platform.tenants SET status = 'suspended' WHERE id = $1`, [closed.tenant.id]);
  await fixture.invite(region.tenant, 'rita', 'regional_coordinator');
  const coordinator = new BrowserClient();
  const login = await fixture.login(coordinator, region.host, 'rita');
  if (login.json<{ role?: string }>().role !== 'regional_coordinator')
    throw new Error('the coordinator could not log in');
  return { fixture, region, east, west, outsider, closed, coordinator };
}
