import { Injectable } from '@nestjs/common';
import { TenancyService, TenantScopedRepository } from '@socialkompas/tenancy';
import { Organization } from './organization.entity';

export interface OrganizationPage {
  items: Organization[];
  total: number;
}

@Injectable()
export class OrganizationsRepository extends TenantScopedRepository<Organization> {
  constructor(tenancy: TenancyService) {
    super(tenancy, Organization);
  }

  async page(query: { q?: string; page: number; size: number }): Promise<OrganizationPage> {
    const builder = this.repository.createQueryBuilder('organization').orderBy('lower(organization.name)');
    if (query.q) builder.where('organization.name ILIKE :pattern', { pattern: `%${escapeLike(query.q)}%` });
    const [items, total] = await builder
      .skip((query.page - 1) * query.size)
      .take(query.size)
      .getManyAndCount();
    return { items, total };
  }

  findById(id: string): Promise<Organization | null> {
    return this.repository.findOneBy({ id });
  }

  create(values: Partial<Organization>): Promise<Organization> {
    return this.repository.save(this.repository.create(values));
  }

  /**
   * Writes the changes only if the row still has the version the editor saw; returns null when
   * someone else saved first, so the caller can answer 409 with nothing overwritten.
   */
  async updateIfVersion(id: string, expectedVersion: number, changes: Partial<Organization>) {
    const result = await this.repository
      .createQueryBuilder()
      .update(Organization)
      .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
      .execute();
    return result.affected ? this.findById(id) : null;
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
