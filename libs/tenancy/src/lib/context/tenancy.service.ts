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
  /** What waits for the commit, e.g. telling a worker about a row it must be able to see. */
  afterCommit: (() => Promise<void>)[];
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
    const unit: UnitOfWork = { tenant, manager: queryRunner.manager, afterCommit: [] };
    await queryRunner.connect();
    let result: T;
    try {
      await queryRunner.startTransaction();
      await setLocalSearchPath(queryRunner, searchPath);
      result = await unitOfWorkStorage.run(unit, () => work(queryRunner.manager));
      await queryRunner.commitTransaction();
    } catch (error) {
      // A connection that died under the work is already released: the work's own error tells why.
      if (queryRunner.isTransactionActive && !queryRunner.isReleased) await queryRunner.rollbackTransaction();
      throw error;
    } finally {
      await queryRunner.release();
    }
    // The work is committed: a failing follow-up must not turn it into an error.
    for (const followUp of unit.afterCommit) await followUp().catch(() => undefined);
    return result;
  }

  /**
   * Runs `followUp` once the current unit of work has committed, never if it rolls back; throws
   * outside `run`. A follow-up's failure is swallowed: it must be a nudge (e.g. "send the outbox
   * now") whose work something else also does later.
   */
  afterCommit(followUp: () => Promise<void>): void {
    this.currentUnit().afterCommit.push(followUp);
  }

  /** The transaction's EntityManager of the unit of work in progress; throws outside `run`. */
  currentManager(): EntityManager {
    return this.currentUnit().manager;
  }

  /** Whether a unit of work is in progress here. */
  inUnitOfWork(): boolean {
    return unitOfWorkStorage.getStore() !== undefined;
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
