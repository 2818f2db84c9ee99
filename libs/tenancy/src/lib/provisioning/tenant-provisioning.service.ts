import { ApiProperty } from '@nestjs/swagger';
import { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { forgetResolvedHosts } from '../http/resolved-hosts';
import { TenantView } from '../http/tenant-view';
import { RegionMember } from '../registry/region-member.entity';
import { Tenant, TENANT_KINDS, TenantKind, TenantTheme } from '../registry/tenant.entity';
import { TenantDomain } from '../registry/tenant-domain.entity';
import { MigrationRunner } from '../migrations/migration-runner';
import { assertValidTenantSlug } from '../tenant-slug';
import {
  DomainTakenError,
  InvalidDomainError,
  InvalidTenantInputError,
  TenantKindConflictError,
  TenantNotFoundError,
  UnknownRegionError,
} from '../tenancy.errors';
import { TenantProvisioningRepository } from './tenant-provisioning.repository';

export interface CreateTenantInput {
  slug: string;
  name: string;
  kind: TenantKind;
  domains?: string[];
  /** Slug of the region the municipality belongs to. */
  region?: string;
  /** Applied only when the tenant is created; later changes belong to the theme editor. */
  theme?: TenantTheme;
}

export class ProvisioningResult {
  @ApiProperty({ type: TenantView })
  tenant!: Tenant;

  @ApiProperty({ description: 'False when the tenant already existed and only missing pieces were added' })
  created!: boolean;

  @ApiProperty({ type: [String], description: 'The tenant migrations this run applied' })
  appliedMigrations!: string[];
}

function transactionRunnerOf(manager: EntityManager): QueryRunner {
  if (!manager.queryRunner) throw new Error('Provisioning must run inside a transaction.');
  return manager.queryRunner;
}

const HOST_NAME_PATTERN =
  /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;

/**
 * Creates tenants: registry row, schema, tenant migrations, domains and region membership, all in
 * one transaction, so a failure anywhere leaves nothing behind. Running it again for an existing
 * tenant is safe: it adds only what is missing.
 */
export class TenantProvisioningService {
  private readonly repository = new TenantProvisioningRepository();

  constructor(
    private readonly dataSource: DataSource,
    private readonly migrationRunner: MigrationRunner,
    private readonly baseDomain: string,
  ) {}

  async createTenant(input: CreateTenantInput): Promise<ProvisioningResult> {
    const request = this.validate(input);
    const result = await this.dataSource.transaction(async (manager) => {
      await this.repository.lockSchemaChanges(manager);
      const existing = await manager.findOneBy(Tenant, { slug: request.slug });
      if (existing && existing.kind !== request.kind)
        throw new TenantKindConflictError(request.slug, existing.kind);
      const region = request.region ? await this.findRegion(manager, request.region) : null;
      if (region && existing) await this.assertNotInOtherRegion(manager, existing, region);
      await this.assertDomainsFree(manager, request.domains, request.slug);

      const tenant =
        existing ??
        (await manager.save(
          manager.create(Tenant, {
            slug: request.slug,
            name: request.name,
            kind: request.kind,
            theme: request.theme,
          }),
        ));
      const appliedMigrations = await this.migrationRunner.migrateTenantSchema(
        transactionRunnerOf(manager),
        tenant,
      );
      if (request.domains.length > 0) {
        await manager
          .createQueryBuilder()
          .insert()
          .into(TenantDomain)
          .values(request.domains.map((host) => ({ host, tenantId: tenant.id })))
          .orIgnore()
          .execute();
      }
      if (region) {
        await manager
          .createQueryBuilder()
          .insert()
          .into(RegionMember)
          .values({ regionId: region.id, municipalityId: tenant.id })
          .orIgnore()
          .execute();
      }
      const reloaded = await manager.findOneByOrFail(Tenant, { id: tenant.id });
      return { tenant: reloaded, created: !existing, appliedMigrations };
    });
    forgetResolvedHosts();
    return result;
  }

  async setStatus(slug: string, status: Tenant['status']): Promise<Tenant> {
    // update(), not save(): a save would also write back a schema_version read before a migration.
    const { affected } = await this.dataSource.getRepository(Tenant).update({ slug }, { status });
    if (!affected) throw new TenantNotFoundError(slug);
    forgetResolvedHosts();
    return this.dataSource.getRepository(Tenant).findOneByOrFail({ slug });
  }

  /**
   * Merges settings into the tenant's in the caller's transaction (`manager`), which may audit the
   * change before it commits; returns the tenant before and after, read under a row lock so the
   * audit's "before" is what the change replaced. Once committed, the caller calls
   * `forgetResolvedHosts()`.
   */
  async changeSettings(
    manager: EntityManager,
    tenant: Tenant,
    changes: Record<string, unknown>,
  ): Promise<{ before: Tenant; after: Tenant }> {
    const repository = manager.getRepository(Tenant);
    const before = await repository.findOneOrFail({
      where: { id: tenant.id },
      lock: { mode: 'pessimistic_write' },
    });
    await this.repository.mergeSettings(manager, tenant.id, changes);
    return { before, after: await repository.findOneByOrFail({ id: tenant.id }) };
  }

  /**
   * Changes the tenant's theme in the caller's transaction (`manager`), which may check and audit
   * the change before it commits. The row is locked first, so `change` sees the theme as it is and
   * two administrators saving at once apply their changes one after the other. Once the
   * transaction has committed, the caller calls `forgetResolvedHosts()`.
   */
  async changeTheme(
    manager: EntityManager,
    tenant: Tenant,
    change: (current: TenantTheme) => TenantTheme,
  ): Promise<{ before: TenantTheme; after: TenantTheme }> {
    const row = await this.repository.lockTheme(manager, tenant.id);
    if (!row) throw new TenantNotFoundError(tenant.slug);
    const after = change(row.theme);
    await this.repository.writeTheme(manager, tenant.id, after);
    return { before: row.theme, after };
  }

  /** Gives a tenant one more host name of its own (e.g. tilbud.odder.dk). Adding it twice is no error. */
  async addDomain(slug: string, domain: string): Promise<Tenant> {
    const host = this.validateDomain(domain);
    const tenant = await this.dataSource.transaction(async (manager) => {
      const owner = await manager.findOneBy(Tenant, { slug });
      if (!owner) throw new TenantNotFoundError(slug);
      await this.assertDomainsFree(manager, [host], slug);
      await manager
        .createQueryBuilder()
        .insert()
        .into(TenantDomain)
        .values({ host, tenantId: owner.id })
        .orIgnore()
        .execute();
      return owner;
    });
    forgetResolvedHosts();
    return tenant;
  }

  /** Takes a host name from a tenant; the tenant keeps its `<slug>.<base domain>` address. */
  async removeDomain(slug: string, domain: string): Promise<Tenant> {
    const tenant = await this.dataSource.getRepository(Tenant).findOneBy({ slug });
    if (!tenant) throw new TenantNotFoundError(slug);
    await this.dataSource
      .getRepository(TenantDomain)
      .delete({ host: domain.trim().toLowerCase(), tenantId: tenant.id });
    forgetResolvedHosts();
    return tenant;
  }

  private validate(
    input: CreateTenantInput,
  ): Required<Omit<CreateTenantInput, 'theme'>> & Pick<CreateTenantInput, 'theme'> {
    const slug = (input.slug ?? '').trim();
    assertValidTenantSlug(slug);
    const name = (input.name ?? '').trim();
    if (name.length < 2 || name.length > 200) {
      throw new InvalidTenantInputError('Navnet skal være mellem 2 og 200 tegn.', 'name');
    }
    if (!TENANT_KINDS.includes(input.kind)) {
      throw new InvalidTenantInputError(`Typen skal være en af: ${TENANT_KINDS.join(', ')}.`, 'kind');
    }
    if (input.region && input.kind !== 'municipality') {
      throw new InvalidTenantInputError('Kun en kommune kan være medlem af en region.', 'region');
    }
    const domains = [...new Set((input.domains ?? []).map((domain) => this.validateDomain(domain)))];
    return { slug, name, kind: input.kind, domains, region: input.region ?? '', theme: input.theme };
  }

  private validateDomain(domain: string): string {
    const host = domain.trim().toLowerCase();
    // Names under the base domain belong to the tenants' own subdomains, never to a custom domain.
    const base = this.baseDomain.toLowerCase();
    if (!HOST_NAME_PATTERN.test(host) || host === base || host.endsWith(`.${base}`)) {
      throw new InvalidDomainError(domain);
    }
    return host;
  }

  private async findRegion(manager: EntityManager, slug: string): Promise<Tenant> {
    const region = await manager.findOneBy(Tenant, { slug });
    if (!region || region.kind !== 'region') throw new UnknownRegionError(slug);
    return region;
  }

  private async assertNotInOtherRegion(
    manager: EntityManager,
    municipality: Tenant,
    region: Tenant,
  ): Promise<void> {
    const membership = await manager.findOneBy(RegionMember, { municipalityId: municipality.id });
    if (membership && membership.regionId !== region.id) {
      throw new InvalidTenantInputError(
        `${municipality.name} er allerede medlem af en anden region.`,
        'region',
      );
    }
  }

  private async assertDomainsFree(manager: EntityManager, domains: string[], slug: string): Promise<void> {
    for (const host of domains) {
      const taken = await manager
        .createQueryBuilder(TenantDomain, 'domain')
        .innerJoin(Tenant, 'owner', 'owner.id = domain.tenant_id')
        .select('owner.slug', 'slug')
        .where('domain.host = :host', { host })
        .getRawOne<{ slug: string }>();
      if (taken && taken.slug !== slug) throw new DomainTakenError(host, taken.slug);
    }
  }
}
