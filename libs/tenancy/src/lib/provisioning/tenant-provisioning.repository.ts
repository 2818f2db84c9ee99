import type { EntityManager } from 'typeorm';
import { SCHEMA_CHANGE_LOCK_KEY } from '../migrations/schema-migrations.repository';
import type { TenantTheme } from '../registry/tenant.entity';
import { queryRow } from '../sql/query-rows';

/** A tenant's theme as read under its row lock. */
export interface TenantThemeRow {
  theme: TenantTheme;
}

/**
 * The raw SQL of provisioning and of changing a tenant's settings and theme. Every method runs in
 * the caller's transaction (`manager`), so its locks last until that transaction ends.
 */
export class TenantProvisioningRepository {
  /** Waits for any `migrate` run or other provisioning; released when the transaction ends. */
  async lockSchemaChanges(manager: EntityManager): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_CHANGE_LOCK_KEY]);
  }

  /** Merges `changes` into the tenant's settings (a shallow jsonb merge). */
  async mergeSettings(
    manager: EntityManager,
    tenantId: string,
    changes: Record<string, unknown>,
  ): Promise<void> {
    await manager.query(
      `UPDATE platform.tenants SET settings = settings || $2::jsonb, updated_at = now() WHERE id = $1`,
      [tenantId, JSON.stringify(changes)],
    );
  }

  /** The tenant's theme, its row locked until the transaction ends; undefined when there is no such tenant. */
  lockTheme(manager: EntityManager, tenantId: string): Promise<TenantThemeRow | undefined> {
    return queryRow<TenantThemeRow>(manager, `SELECT theme FROM platform.tenants WHERE id = $1 FOR UPDATE`, [
      tenantId,
    ]);
  }

  async writeTheme(manager: EntityManager, tenantId: string, theme: TenantTheme): Promise<void> {
    await manager.query(`UPDATE platform.tenants SET theme = $2::jsonb, updated_at = now() WHERE id = $1`, [
      tenantId,
      JSON.stringify(theme),
    ]);
  }
}
