import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { setLocalSearchPath } from '../sql/local-search-path';
import { OutsideTenantContextError } from '../tenancy.errors';
import { quoteIdentifier, tenantSchemaName } from '../tenant-slug';

/** The part of a tenant a unit of work needs; a full `Tenant` row satisfies it. */
export interface TenantRef {
  id: string;
  slug: string;
}

interface UnitOfWork {
  tenant: TenantRef;
  manager: EntityManager;
}

/** Module-level, so every provider instance (and every Nest app in a test process) sees one context. */
const unitOfWorkStorage = new AsyncLocalStorage<UnitOfWork>();

/**
 * Runs work against exactly one tenant schema. Each unit is one transaction on one pooled
 * connection whose search_path is set with `set_config(..., is_local => true)`: the setting dies
 * with the transaction, so the connection never carries a tenant into the next borrower.
 */
@Injectable()
export class TenancyService {
  constructor(private readonly dataSource: DataSource) {}

  async run<T>(tenant: TenantRef, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const current = unitOfWorkStorage.getStore();
    if (current) {
      if (current.tenant.id !== tenant.id) {
        throw new Error(
          `tenancy.run for "${tenant.slug}" nested inside a unit of work for "${current.tenant.slug}"`,
        );
      }
      return work(current.manager);
    }
    // No `platform` here: a name missing from the tenant schema must fail, not fall through to the registry.
    const searchPath = `${quoteIdentifier(tenantSchemaName(tenant.slug))}, public`;
    const queryRunner = this.dataSource.createQueryRunner();
    await queryRunner.connect();
    try {
      await queryRunner.startTransaction();
      await setLocalSearchPath(queryRunner, searchPath);
      const result = await unitOfWorkStorage.run({ tenant, manager: queryRunner.manager }, () =>
        work(queryRunner.manager),
      );
      await queryRunner.commitTransaction();
      return result;
    } catch (error) {
      if (queryRunner.isTransactionActive) await queryRunner.rollbackTransaction();
      throw error;
    } finally {
      await queryRunner.release();
    }
  }

  /** The transaction's EntityManager of the unit of work in progress; throws outside `run`. */
  currentManager(): EntityManager {
    return this.currentUnit().manager;
  }

  /** The tenant of the unit of work in progress; throws outside `run`. */
  currentTenant(): TenantRef {
    return this.currentUnit().tenant;
  }

  private currentUnit(): UnitOfWork {
    const unit = unitOfWorkStorage.getStore();
    if (!unit) throw new OutsideTenantContextError();
    return unit;
  }
}
