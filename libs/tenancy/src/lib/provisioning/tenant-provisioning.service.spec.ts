import { MIGRATIONS, openTestDataSource, tenancyFor, uniqueSlug } from '@socialkompas/testing';
import { DataSource } from 'typeorm';
import { TenantRegistry } from '../registry/tenant-registry.service';
import {
  DomainTakenError,
  InvalidDomainError,
  InvalidTenantSlugError,
  InvalidTenantInputError,
  TenantKindConflictError,
  TenantNotFoundError,
  UnknownRegionError,
} from '../tenancy.errors';
import { TenantProvisioningService } from './tenant-provisioning.service';

describe('tenant provisioning', () => {
  let dataSource: DataSource;
  let provisioning: TenantProvisioningService;
  let registry: TenantRegistry;

  beforeAll(async () => {
    dataSource = await openTestDataSource();
    const tenancy = tenancyFor(dataSource);
    provisioning = tenancy.provisioning;
    registry = new TenantRegistry(dataSource);
    await tenancy.migrationRunner.ensurePlatformSchema();
  });

  afterAll(() => dataSource.destroy());

  const tablesOf = async (schema: string): Promise<string[]> =>
    (
      await dataSource.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name`,
        [schema],
      )
    ).map((row: { table_name: string }) => row.table_name);

  /**
   * Everything provisioning can write for one slug or host, to prove a refused request wrote none
   * of it (scoped, because other test files provision tenants in parallel).
   */
  const footprint = async (slug: string, hosts: string[] = []) => {
    const schemas = await dataSource.query(`SELECT nspname FROM pg_namespace WHERE nspname = $1`, [
      `t_${slug}`,
    ]);
    return {
      tenants: await dataSource.query('SELECT slug, name, status FROM platform.tenants WHERE slug = $1', [
        slug,
      ]),
      domains: await dataSource.query(
        `SELECT d.host, t.slug FROM platform.tenant_domains d JOIN platform.tenants t ON t.id = d.tenant_id
       WHERE t.slug = $1 OR d.host = ANY($2) ORDER BY d.host`,
        [slug, hosts],
      ),
      memberships: await dataSource.query(
        `SELECT m.region_id FROM platform.region_members m JOIN platform.tenants t ON t.id = m.municipality_id WHERE t.slug = $1`,
        [slug],
      ),
      schemas,
      // Only a schema that exists (so its name passed the slug check) is ever put into SQL text.
      migrations: schemas.length
        ? await dataSource.query(`SELECT count(*)::int AS count FROM "t_${slug}".migrations`)
        : 'no schema',
    };
  };

  it('creates the schema with every tenant table and records its schema version', async () => {
    const slug = uniqueSlug('prov');
    const { tenant, created } = await provisioning.createTenant({
      slug,
      name: 'Prøve Kommune',
      kind: 'municipality',
    });

    expect(created).toBe(true);
    expect(tenant).toMatchObject({ slug, name: 'Prøve Kommune', kind: 'municipality', status: 'active' });
    expect(tenant.schemaVersion).toBe(MIGRATIONS.tenant.length);
    expect(await tablesOf(`t_${slug}`)).toEqual(expect.arrayContaining(['migrations', 'organizations']));
  });

  it('is idempotent: a second create changes nothing and duplicates nothing', async () => {
    const slug = uniqueSlug('idem');
    const domain = `${slug.replace('_', '-')}.example.dk`;
    const first = await provisioning.createTenant({
      slug,
      name: 'Første',
      kind: 'municipality',
      domains: [domain],
    });
    const before = await footprint(slug, [domain]);
    const second = await provisioning.createTenant({
      slug,
      name: 'Første',
      kind: 'municipality',
      domains: [domain],
    });

    expect(second.created).toBe(false);
    expect(second.tenant.id).toBe(first.tenant.id);
    expect(second.appliedMigrations).toEqual([]);
    expect(await footprint(slug, [domain])).toEqual(before);
  });

  it('survives two simultaneous creates of the same tenant', async () => {
    const slug = uniqueSlug('race');
    const results = await Promise.all([
      provisioning.createTenant({ slug, name: 'Kapløb', kind: 'municipality' }),
      provisioning.createTenant({ slug, name: 'Kapløb', kind: 'municipality' }),
    ]);
    expect(results.filter((result) => result.created)).toHaveLength(1);
    expect(results[0].tenant.id).toBe(results[1].tenant.id);
  });

  it('makes a municipality a member of its region', async () => {
    const region = await provisioning.createTenant({
      slug: uniqueSlug('reg'),
      name: 'Region Test',
      kind: 'region',
    });
    const municipality = await provisioning.createTenant({
      slug: uniqueSlug('mun'),
      name: 'Medlem Kommune',
      kind: 'municipality',
      region: region.tenant.slug,
    });
    const members = await dataSource.query(
      'SELECT municipality_id FROM platform.region_members WHERE region_id = $1',
      [region.tenant.id],
    );
    expect(members).toEqual([{ municipality_id: municipality.tenant.id }]);
  });

  it('resolves custom domains to their tenant', async () => {
    const slug = uniqueSlug('dom');
    const host = `tilbud.${slug.replace('_', '-')}.dk`;
    await provisioning.createTenant({
      slug,
      name: 'Domæne Kommune',
      kind: 'municipality',
      domains: [host.toUpperCase()],
    });
    expect((await registry.findByHost(`${host}:443`, 'localhost'))?.slug).toBe(slug);
    expect((await registry.findByHost(`${slug}.localhost:3000`, 'localhost'))?.slug).toBe(slug);
  });

  describe('refuses bad requests and changes nothing', () => {
    let taken: { slug: string; host: string };
    let municipalitySlug: string;

    beforeAll(async () => {
      taken = { slug: uniqueSlug('own'), host: `${uniqueSlug('own').replace('_', '-')}.example.dk` };
      await provisioning.createTenant({
        slug: taken.slug,
        name: 'Ejer',
        kind: 'municipality',
        domains: [taken.host],
      });
      municipalitySlug = (
        await provisioning.createTenant({
          slug: uniqueSlug('notreg'),
          name: 'Ikke region',
          kind: 'municipality',
        })
      ).tenant.slug;
    });

    it.each([
      [
        'a slug with SQL metacharacters',
        { slug: `x"; DROP SCHEMA platform CASCADE; --` },
        InvalidTenantSlugError,
      ],
      ['a reserved slug', { slug: 'platform' }, InvalidTenantSlugError],
      ['a taken domain', () => ({ domains: [taken.host] }), DomainTakenError],
      ['a domain that is no host name', { domains: ['https://evil.dk/path'] }, InvalidDomainError],
      ['a domain under the base domain', { domains: ['other.localhost'] }, InvalidDomainError],
      ['a domain deep under the base domain', { domains: ['www.aarhus.localhost'] }, InvalidDomainError],
      ['a domain with a port', { domains: ['tilbud.x.dk:8080'] }, InvalidDomainError],
      ['an unknown region', { region: 'nowhere' }, UnknownRegionError],
      ['a region that is a municipality', () => ({ region: municipalitySlug }), UnknownRegionError],
      ['a name too short', { name: 'X' }, InvalidTenantInputError],
      ['an unknown kind', { kind: 'county' }, InvalidTenantInputError],
    ])('refuses %s', async (_case, override, errorType) => {
      const input = {
        slug: uniqueSlug('bad'),
        name: 'Ny Kommune',
        kind: 'municipality',
        ...(typeof override === 'function' ? override() : override),
      };
      const hosts = [taken.host, ...(input.domains ?? [])];
      const before = await footprint(input.slug, hosts);
      await expect(provisioning.createTenant(input as never)).rejects.toThrow(errorType);
      expect(await footprint(input.slug, hosts)).toEqual(before);
      expect(before.domains).toEqual([{ host: taken.host, slug: taken.slug }]);
    });

    it('refuses to change the kind of an existing tenant', async () => {
      await expect(
        provisioning.createTenant({ slug: taken.slug, name: 'Ejer', kind: 'region' }),
      ).rejects.toThrow(TenantKindConflictError);
    });
  });

  it('suspends a tenant, and says so when the tenant does not exist', async () => {
    const slug = uniqueSlug('susp');
    await provisioning.createTenant({ slug, name: 'Lukket Kommune', kind: 'municipality' });
    expect((await provisioning.setStatus(slug, 'suspended')).status).toBe('suspended');
    expect((await registry.findBySlug(slug))?.status).toBe('suspended');
    await expect(provisioning.setStatus(uniqueSlug('ghost'), 'suspended')).rejects.toThrow(
      TenantNotFoundError,
    );
  });
});
