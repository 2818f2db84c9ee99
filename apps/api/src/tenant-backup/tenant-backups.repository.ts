import type { EntityManager } from 'typeorm';
import { quoteIdentifier as quote, queryRow, tenantSchemaName } from '@socialkompas/tenancy';

export interface RecordedBackup {
  tenantId: string;
  slug: string;
  tenantChangedAt: Date;
  fileName: string;
  bytes: number;
  sha256: string;
  takenBy: string;
}

/** The platform's record of whole-tenant backups, its log of whole-tenant actions, and deletion. */
export class TenantBackupsRepository {
  constructor(private readonly manager: EntityManager) {}

  async record(backup: RecordedBackup): Promise<void> {
    await this.manager.query(
      `INSERT INTO platform.tenant_backups (tenant_id, tenant_slug, tenant_changed_at, file_name, bytes, sha256, taken_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        backup.tenantId,
        backup.slug,
        backup.tenantChangedAt,
        backup.fileName,
        backup.bytes,
        backup.sha256,
        backup.takenBy,
      ],
    );
  }

  /** The tenant's last change: its registry row, or the newest entry of its own audit log. */
  async lastChangeOf(tenant: { id: string; slug: string }): Promise<Date> {
    const row = await queryRow<{ at: Date }>(
      this.manager,
      `SELECT greatest(t.updated_at, (SELECT max(changed_at) FROM ${quote(tenantSchemaName(tenant.slug))}.audit_log)) AS at
         FROM platform.tenants t WHERE t.id = $1`,
      [tenant.id],
    );
    if (!row) throw new Error(`No tenant ${tenant.slug}`);
    return row.at;
  }

  /** The newest backup taken since the tenant's last change, if any. */
  currentBackupOf(
    tenant: { id: string },
    lastChange: Date,
  ): Promise<{ fileName: string; takenAt: Date } | undefined> {
    return queryRow(
      this.manager,
      `SELECT file_name AS "fileName", taken_at AS "takenAt" FROM platform.tenant_backups
        WHERE tenant_id = $1 AND tenant_changed_at >= $2 ORDER BY taken_at DESC LIMIT 1`,
      [tenant.id, lastChange],
    );
  }

  async logPlatformAction(entry: {
    action: string;
    tenantId: string | null;
    slug: string;
    actorLabel: string;
    actorUserId?: string | null;
    details: Record<string, unknown>;
  }): Promise<void> {
    await this.manager.query(
      `INSERT INTO platform.platform_audit_log (action, tenant_id, tenant_slug, actor_label, actor_user_id, details)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        entry.action,
        entry.tenantId,
        entry.slug,
        entry.actorLabel,
        entry.actorUserId ?? null,
        JSON.stringify(entry.details),
      ],
    );
  }

  /** Drops the tenant's schema and its registry row (platform rows go with it by cascade). */
  async deleteTenant(tenant: { id: string; slug: string }): Promise<void> {
    await this.manager.query(`DROP SCHEMA IF EXISTS ${quote(tenantSchemaName(tenant.slug))} CASCADE`);
    await this.manager.query(`DELETE FROM platform.tenants WHERE id = $1`, [tenant.id]);
  }
}
