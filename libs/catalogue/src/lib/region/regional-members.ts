import { Inject, Injectable, NotFoundException, ServiceUnavailableException } from '@nestjs/common';
import {
  serviceabilityOf,
  TENANCY_OPTIONS,
  TenancyOptions,
  TenancyService,
  Tenant,
  TenantRef,
  TenantRegistry,
} from '@socialkompas/tenancy';
import { RegionalReadRepository } from './regional-read.repository';

/**
 * Who a region's coordinators may read, and how: the region's member municipalities as the
 * registry lists them (never a tenant named by the request alone), each in its own read-only unit
 * of work. The one way the coordinators' routes reach another tenant's schema.
 */
@Injectable()
export class RegionalMembers {
  constructor(
    private readonly registry: TenantRegistry,
    private readonly tenancy: TenancyService,
    private readonly regionalRead: RegionalReadRepository,
    @Inject(TENANCY_OPTIONS) private readonly options: TenancyOptions,
  ) {}

  /** The host's tenant when it is a region; elsewhere the coordinators' routes do not exist. */
  requireRegion(tenant: Tenant): Tenant {
    if (tenant.kind !== 'region') {
      throw new NotFoundException({
        title: 'Ikke fundet',
        detail: 'Regionale opslag findes kun på en regions adresse.',
      });
    }
    return tenant;
  }

  /** The region's municipalities, by name, whatever their state. */
  membersOf(region: Tenant): Promise<Tenant[]> {
    return this.registry.membersOf(this.requireRegion(region));
  }

  /**
   * The region itself or a municipality of it that its own host would serve, or a refusal: the
   * slug can name no other tenant.
   */
  async member(region: Tenant, slug: string): Promise<Tenant> {
    if (this.requireRegion(region).slug === slug) return region;
    const member = (await this.membersOf(region)).find((tenant) => tenant.slug === slug);
    if (!member) {
      throw new NotFoundException({
        title: 'Ikke fundet',
        detail: `${slug} er ikke en kommune i ${region.name}.`,
      });
    }
    const serviceability = serviceabilityOf(member, this.options.migrations);
    if (serviceability === 'suspended') {
      throw new NotFoundException({
        title: 'Lukket',
        detail: `${member.name} har lukket Socialkompas midlertidigt.`,
      });
    }
    if (serviceability === 'migrating') {
      throw new ServiceUnavailableException({
        title: 'Opdatering i gang',
        detail: `${member.name} bliver opdateret. Prøv igen om lidt.`,
      });
    }
    return member;
  }

  /**
   * What a region-wide view reads: the region itself and every member its own host would serve
   * now. A suspended member is left out; so is one being migrated, for the minute that takes,
   * rather than failing the whole region's answer.
   */
  async readable(region: Tenant): Promise<Tenant[]> {
    const members = await this.membersOf(region);
    return [region, ...members].filter(
      (tenant) => serviceabilityOf(tenant, this.options.migrations) === 'serviceable',
    );
  }

  /** The tenant's unit of work, made read-only in PostgreSQL itself: this path cannot write even by mistake. */
  readOnly<T>(tenant: TenantRef, work: () => Promise<T>): Promise<T> {
    return this.tenancy.run(tenant, async () => {
      await this.regionalRead.makeReadOnly();
      return work();
    });
  }

  /** `work` in each tenant's read-only unit of work, one tenant at a time so a region holds one connection. */
  async eachReadOnly<T>(
    tenants: Tenant[],
    work: (tenant: Tenant) => Promise<T>,
  ): Promise<{ tenant: Tenant; value: T }[]> {
    const results: { tenant: Tenant; value: T }[] = [];
    for (const tenant of tenants)
      results.push({ tenant, value: await this.readOnly(tenant, () => work(tenant)) });
    return results;
  }
}
