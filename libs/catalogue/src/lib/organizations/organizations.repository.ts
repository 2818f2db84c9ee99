import { Injectable } from '@nestjs/common';
import { escapeLike, queryRows, TenancyService, TenantScopedRepository } from '@socialkompas/tenancy';
import { In } from 'typeorm';
import { LifecycleStatus } from '../core/lifecycle/lifecycle';
import { lockForUpdate, updateIfVersion } from '../core/lifecycle/versioned-update';
import { Organization } from './organization.entity';

/** How many offers of one organisation are in one status. */
export interface OfferCountRow {
  organizationId: string;
  status: LifecycleStatus;
  count: number;
}

@Injectable()
export class OrganizationsRepository extends TenantScopedRepository<Organization> {
  constructor(tenancy: TenancyService) {
    super(tenancy, Organization);
  }

  async page(query: {
    q?: string;
    statuses?: LifecycleStatus[];
    page: number;
    size: number;
  }): Promise<{ items: Organization[]; total: number }> {
    const builder = this.repository.createQueryBuilder('organization').orderBy('lower(organization.name)');
    // A name, or a CVR number as editors copy it from elsewhere.
    if (query.q)
      builder.andWhere('(organization.name ILIKE :pattern OR organization.tax_id = :q)', {
        pattern: `%${escapeLike(query.q)}%`,
        q: query.q.replace(/\s/g, ''),
      });
    if (query.statuses)
      builder.andWhere('organization.status IN (:...statuses)', { statuses: query.statuses });
    const [items, total] = await builder
      .skip((query.page - 1) * query.size)
      .take(query.size)
      .getManyAndCount();
    return { items, total };
  }

  findById(id: string, statuses?: LifecycleStatus[]): Promise<Organization | null> {
    return this.repository.findOneBy(statuses ? { id, status: In(statuses) } : { id });
  }

  /**
   * The organisation of that name, letter case and accents aside ("Ældre Sagen", "aeldre sagen"),
   * that is not archived; a published one first.
   */
  findByName(name: string): Promise<Organization | null> {
    return this.repository
      .createQueryBuilder('organization')
      .where('fold_text(organization.name) = fold_text(:name)', { name: name.trim() })
      .andWhere(`organization.status <> 'archived'`)
      .orderBy(`CASE organization.status WHEN 'published' THEN 0 ELSE 1 END`)
      .addOrderBy('organization.createdAt')
      .getOne();
  }

  /** The organisations' offers counted per status; statuses without offers are left out. */
  offerCounts(organizationIds: string[]): Promise<OfferCountRow[]> {
    return queryRows<OfferCountRow>(
      this.tenancy.currentManager(),
      `SELECT organization_id AS "organizationId", status, count(*)::int AS count
       FROM offers WHERE organization_id = ANY ($1) GROUP BY organization_id, status`,
      [organizationIds],
    );
  }

  create(values: Partial<Organization>): Promise<Organization> {
    return this.repository.save(this.repository.create(values));
  }

  lock(id: string): Promise<void> {
    return lockForUpdate(this.repository, id);
  }

  /** The updated organisation, or null when someone else saved a newer version first. */
  async updateIfVersion(id: string, expectedVersion: number, changes: Partial<Organization>) {
    return (await updateIfVersion(this.repository, id, expectedVersion, changes)) ? this.findById(id) : null;
  }
}
