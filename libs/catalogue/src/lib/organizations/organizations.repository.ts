import { Injectable } from '@nestjs/common';
import { escapeLike, TenancyService, TenantScopedRepository } from '@socialkompas/tenancy';
import { In } from 'typeorm';
import { LifecycleStatus } from '../core/lifecycle/lifecycle';
import { lockForUpdate, updateIfVersion } from '../core/lifecycle/versioned-update';
import { Organization } from './organization.entity';

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
    if (query.q)
      builder.andWhere('organization.name ILIKE :pattern', { pattern: `%${escapeLike(query.q)}%` });
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
