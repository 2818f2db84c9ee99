import type { NetworkTenant } from './network-api';
import { addressOf } from './tenant-groups';

/** Municipalities as links to their own sites, each with the address it is known by. */
export function SiteList({ tenants }: { tenants: NetworkTenant[] }) {
  return (
    <ul className="site-list">
      {tenants.map((tenant) => (
        <li key={tenant.slug}>
          <a href={tenant.url}>{tenant.name}</a>{' '}
          <span className="site-list__address">{addressOf(tenant.url)}</span>
        </li>
      ))}
    </ul>
  );
}
