import { Injectable } from '@nestjs/common';
import { TenancyService } from '@socialkompas/tenancy';
import type { Actor } from './actor';

export type AuditEntityType =
  'offer' | 'organization' | 'taxonomy_term' | 'membership' | 'user' | 'tenant' | 'oidc_provider';

export interface FieldChange {
  from: unknown;
  to: unknown;
}

export interface AuditEntry {
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

export interface AuditFilter {
  action?: string;
  entityType?: AuditEntityType;
  entityId?: string;
  actorUserId?: string;
  from?: Date;
  to?: Date;
  limit: number;
  offset: number;
}

/** The fields whose values differ between two views of an entity, each with its old and new value. */
export function changedFields<T extends object>(before: T, after: T): Record<string, FieldChange> {
  const changes: Record<string, FieldChange> = {};
  for (const field of Object.keys(after) as (keyof T & string)[]) {
    if (JSON.stringify(before[field]) !== JSON.stringify(after[field])) {
      changes[field] = { from: before[field] ?? null, to: after[field] ?? null };
    }
  }
  return changes;
}

const COLUMNS = `id, entity_type AS "entityType", entity_id AS "entityId", action, actor,
  actor_user_id AS "actorUserId", host(ip) AS ip, changes, changed_at AS "changedAt"`;

/**
 * The tenant's audit log, in the tenant's own schema: every change and every login, with who,
 * from where and when. Written inside the unit of work of the change itself, so a change and
 * its record commit or roll back together.
 */
@Injectable()
export class AuditLog {
  constructor(private readonly tenancy: TenancyService) {}

  async record(entry: {
    entityType: AuditEntityType;
    entityId: string | null;
    action: string;
    actor: Actor;
    changes?: Record<string, unknown>;
  }): Promise<void> {
    await this.tenancy.currentManager().query(
      `INSERT INTO audit_log (entity_type, entity_id, action, actor, actor_user_id, ip, changes)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        entry.entityType,
        entry.entityId,
        entry.action,
        entry.actor.label,
        entry.actor.userId,
        entry.actor.ip,
        JSON.stringify(entry.changes ?? {}),
      ],
    );
  }

  /** One entity's history, oldest first. */
  history(entityType: AuditEntityType, entityId: string): Promise<AuditEntry[]> {
    return this.tenancy
      .currentManager()
      .query(
        `SELECT ${COLUMNS} FROM audit_log WHERE entity_type = $1 AND entity_id = $2 ORDER BY changed_at, id`,
        [entityType, entityId],
      );
  }

  /** A page of the log, newest first, with the total for the filter. */
  async list(filter: AuditFilter): Promise<{ items: AuditEntry[]; total: number }> {
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
    const [{ total }] = await manager.query(
      `SELECT count(*)::int AS total FROM audit_log ${whereClause}`,
      values,
    );
    const items = await manager.query(
      `SELECT ${COLUMNS} FROM audit_log ${whereClause} ORDER BY changed_at DESC, id DESC
       LIMIT $${values.length + 1} OFFSET $${values.length + 2}`,
      [...values, filter.limit, filter.offset],
    );
    return { items, total };
  }
}
