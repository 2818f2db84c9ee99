import { Injectable } from '@nestjs/common';
import { queryRows, TenancyService } from '@socialkompas/tenancy';
import type { AuditEntityType, AuditFilter } from './audit-log';

/** A line of `audit_log` as it is read back. */
export interface AuditEntryRow {
  /** bigint, so text: ascending as the log grows. */
  id: string;
  entityType: AuditEntityType;
  entityId: string | null;
  action: string;
  actor: string;
  actorUserId: string | null;
  ip: string | null;
  changes: Record<string, unknown>;
  changedAt: Date;
}

/** A line to add to `audit_log`; the database stamps its id and time. */
export type NewAuditEntryRow = Omit<AuditEntryRow, 'id' | 'changedAt'>;

interface TotalRow {
  total: number;
}

const COLUMNS = `id, entity_type AS "entityType", entity_id AS "entityId", action, actor,
  actor_user_id AS "actorUserId", host(ip) AS ip, changes, changed_at AS "changedAt"`;

/**
 * `audit_log` in the tenant's own schema. Every query runs in the current unit of work, so a
 * change and its record commit or roll back together, and outside one it throws.
 */
@Injectable()
export class AuditLogRepository {
  constructor(private readonly tenancy: TenancyService) {}

  async insert(entry: NewAuditEntryRow): Promise<void> {
    await this.tenancy.currentManager().query(
      `INSERT INTO audit_log (entity_type, entity_id, action, actor, actor_user_id, ip, changes)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        entry.entityType,
        entry.entityId,
        entry.action,
        entry.actor,
        entry.actorUserId,
        entry.ip,
        JSON.stringify(entry.changes),
      ],
    );
  }

  /** One entity's history, oldest first. */
  history(entityType: AuditEntityType, entityId: string): Promise<AuditEntryRow[]> {
    return queryRows<AuditEntryRow>(
      this.tenancy.currentManager(),
      `SELECT ${COLUMNS} FROM audit_log WHERE entity_type = $1 AND entity_id = $2 ORDER BY changed_at, id`,
      [entityType, entityId],
    );
  }

  /** A page of the log, newest first, with the total for the filter. */
  async list(filter: AuditFilter): Promise<{ items: AuditEntryRow[]; total: number }> {
    const conditions: string[] = [];
    const values: unknown[] = [];
    const where = (condition: string, value: unknown) => {
      values.push(value);
      conditions.push(condition.replace('?', `$${values.length}`));
    };
    if (filter.action) where('action = ?', filter.action);
    if (filter.entityType) where('entity_type = ?', filter.entityType);
    if (filter.entityId) where('entity_id = ?', filter.entityId);
    if (filter.actorUserId) where('actor_user_id = ?', filter.actorUserId);
    if (filter.from) where('changed_at >= ?', filter.from);
    if (filter.to) where('changed_at < ?', filter.to);
    const whereClause = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
    const manager = this.tenancy.currentManager();
    const [{ total }] = await queryRows<TotalRow>(
      manager,
      `SELECT count(*)::int AS total FROM audit_log ${whereClause}`,
      values,
    );
    const items = await queryRows<AuditEntryRow>(
      manager,
      `SELECT ${COLUMNS} FROM audit_log ${whereClause} ORDER BY changed_at DESC, id DESC
       LIMIT $${values.length + 1} OFFSET $${values.length + 2}`,
      [...values, filter.limit, filter.offset],
    );
    return { items, total };
  }
}
