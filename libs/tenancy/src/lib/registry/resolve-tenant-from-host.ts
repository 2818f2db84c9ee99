/** What a request's Host header points at, before the registry is asked. */
export type HostTarget =
  { kind: 'subdomain'; slug: string } | { kind: 'custom-domain'; host: string } | { kind: 'platform' };

/** Lower-cases the Host header and strips the port and a trailing dot. */
export function normaliseHost(hostHeader: string): string {
  const withoutPort = hostHeader.trim().toLowerCase().replace(/:\d+$/, '');
  return withoutPort.endsWith('.') ? withoutPort.slice(0, -1) : withoutPort;
}

/**
 * `aarhus.<baseDomain>` names a tenant by slug; the bare base domain is the platform itself;
 * any other host may be a tenant's custom domain.
 */
export function resolveTenantFromHost(hostHeader: string, baseDomain: string): HostTarget {
  const host = normaliseHost(hostHeader);
  const base = baseDomain.toLowerCase();
  if (host === base) return { kind: 'platform' };
  const suffix = `.${base}`;
  if (host.endsWith(suffix)) {
    const label = host.slice(0, -suffix.length);
    if (!label.includes('.')) return { kind: 'subdomain', slug: label };
  }
  return { kind: 'custom-domain', host };
}
