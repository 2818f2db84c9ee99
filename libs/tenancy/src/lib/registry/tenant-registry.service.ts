import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { queryRow } from '../sql/query-rows';
import { TENANT_SLUG_PATTERN } from '../tenant-slug';
import { RegionMember } from './region-member.entity';
import { resolveTenantFromHost } from './resolve-tenant-from-host';
import { Tenant } from './tenant.entity';
import { TenantDomain } from './tenant-domain.entity';

/** Whether the registry's table is there, as the registry reads it. */
export interface RegistryPresenceRow {
  registry: boolean;
}

/** Read access to the platform registry of tenants. */
@Injectable()
export class TenantRegistry {
  constructor(private readonly dataSource: DataSource) {}

  /** Whether the registry exists yet: before the first `migrate`, the platform schema is empty. */
  async exists(): Promise<boolean> {
    const row = await queryRow<RegistryPresenceRow>(
      this.dataSource.manager,
      `SELECT to_regclass('platform.tenants') IS NOT NULL AS registry`,
    );
    return row?.registry ?? false;
  }

  findBySlug(slug: string): Promise<Tenant | null> {
    if (!TENANT_SLUG_PATTERN.test(slug)) return Promise.resolve(null);
    return this.dataSource.getRepository(Tenant).findOneBy({ slug });
  }

  async findByHost(hostHeader: string, baseDomain: string): Promise<Tenant | null> {
    const target = resolveTenantFromHost(hostHeader, baseDomain);
    if (target.kind === 'subdomain') return this.findBySlug(target.slug);
    if (target.kind === 'platform') return this.nationalPortal();
    const domain = await this.dataSource.getRepository(TenantDomain).findOneBy({ host: target.host });
    return domain ? this.dataSource.getRepository(Tenant).findOneBy({ id: domain.tenantId }) : null;
  }

  /**
   * The tenant of the bare base domain: the active national tenant, when there is exactly one.
   * Without one (or with several, which would make the address ambiguous) the bare domain stays
   * the platform's alone, and tenant routes there answer "Ukendt adresse".
   */
  private async nationalPortal(): Promise<Tenant | null> {
    const nationals = await this.dataSource
      .getRepository(Tenant)
      .find({ where: { kind: 'national', status: 'active' }, take: 2 });
    return nationals.length === 1 ? nationals[0] : null;
  }

  list(): Promise<Tenant[]> {
    return this.dataSource.getRepository(Tenant).find({ order: { slug: 'ASC' } });
  }

  /** The municipalities of a region, by name: the only tenants a region may read (read-only). */
  async membersOf(region: Tenant): Promise<Tenant[]> {
    const members = await this.dataSource.getRepository(RegionMember).findBy({ regionId: region.id });
    if (members.length === 0) return [];
    return this.dataSource
      .getRepository(Tenant)
      .find({ where: { id: In(members.map((member) => member.municipalityId)) }, order: { name: 'ASC' } });
  }

  domainsOf(tenant: Tenant): Promise<string[]> {
    return this.dataSource
      .getRepository(TenantDomain)
      .find({ where: { tenantId: tenant.id }, order: { host: 'ASC' } })
      .then((rows) => rows.map((row) => row.host));
  }
}
