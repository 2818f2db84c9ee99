import type { Tenant } from '../registry/tenant.entity';
import {
  forgetResolvedHosts,
  recallResolvedHost,
  rememberResolvedHost,
  resolvedHostsGeneration,
} from './resolved-hosts';

const tenant = (name: string) => ({ id: 't', slug: 'aarhus', name }) as Tenant;

describe('the resolved-host cache', () => {
  afterEach(() => forgetResolvedHosts());

  it('remembers a look-up for the host it was made for', () => {
    rememberResolvedHost('Aarhus.localhost:3000', tenant('Aarhus Kommune'), resolvedHostsGeneration());
    expect(recallResolvedHost('aarhus.localhost:3000')?.name).toBe('Aarhus Kommune');
    expect(recallResolvedHost('odder.localhost:3000')).toBeUndefined();
  });

  it('does not remember a look-up that began before the registry changed', () => {
    const since = resolvedHostsGeneration();
    // A theme is saved and the cache forgotten while this look-up waits for the database.
    forgetResolvedHosts();
    rememberResolvedHost('aarhus.localhost:3000', tenant('the row as it was'), since);
    expect(recallResolvedHost('aarhus.localhost:3000')).toBeUndefined();
  });
});
