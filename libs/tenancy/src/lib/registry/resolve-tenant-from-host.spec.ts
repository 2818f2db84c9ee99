import { resolveTenantFromHost } from './resolve-tenant-from-host';

describe('resolveTenantFromHost', () => {
  it('reads the slug from a subdomain of the base domain, ignoring port and case', () => {
    expect(resolveTenantFromHost('Aarhus.localhost:3000', 'localhost')).toEqual({
      kind: 'subdomain',
      slug: 'aarhus',
    });
    expect(resolveTenantFromHost('aarhus.socialkompas.dk.', 'socialkompas.dk')).toEqual({
      kind: 'subdomain',
      slug: 'aarhus',
    });
  });

  it('treats the bare base domain as the platform', () => {
    expect(resolveTenantFromHost('localhost:3000', 'localhost')).toEqual({ kind: 'platform' });
  });

  it('treats other hosts, and deeper subdomains, as possible custom domains', () => {
    expect(resolveTenantFromHost('tilbud.aarhus.dk', 'socialkompas.dk')).toEqual({
      kind: 'custom-domain',
      host: 'tilbud.aarhus.dk',
    });
    expect(resolveTenantFromHost('a.b.localhost', 'localhost')).toEqual({
      kind: 'custom-domain',
      host: 'a.b.localhost',
    });
  });
});
