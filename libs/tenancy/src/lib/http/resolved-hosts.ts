import type { Tenant } from '../registry/tenant.entity';

/**
 * How long a host that resolved to a serviceable tenant is trusted without asking the registry
 * again. A suspension or migration made by another process takes effect within this time; one
 * made in this process at once (see forgetResolvedHosts).
 */
const TRUST_MS = 2000;
/** Host headers are the client's to choose: the cache is emptied rather than left to grow. */
const MAX_HOSTS = 10_000;

/** Module-level, like the unit-of-work storage: one cache per process, whatever injects it. */
const resolved = new Map<string, { tenant: Tenant; until: number }>();

export function recallResolvedHost(host: string): Tenant | undefined {
  const entry = resolved.get(host.toLowerCase());
  if (entry && entry.until > Date.now()) return entry.tenant;
  resolved.delete(host.toLowerCase());
  return undefined;
}

/** Counts forgetResolvedHosts calls, so a look-up that started before one is not remembered. */
let generation = 0;

export function resolvedHostsGeneration(): number {
  return generation;
}

/**
 * Remembers what a look-up that began at `since` (a resolvedHostsGeneration()) found, unless the
 * registry changed meanwhile: then the row it read may already be old.
 */
export function rememberResolvedHost(host: string, tenant: Tenant, since: number): void {
  if (since !== generation) return;
  if (resolved.size >= MAX_HOSTS) resolved.clear();
  resolved.set(host.toLowerCase(), { tenant, until: Date.now() + TRUST_MS });
}

/** Called when a tenant's status or registry row changes in this process. */
export function forgetResolvedHosts(): void {
  generation += 1;
  resolved.clear();
}
