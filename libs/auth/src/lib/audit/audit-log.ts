import { Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '@socialkompas/http';
import { TenancyService } from '@socialkompas/tenancy';
import type { Actor } from './actor';

export const AUDIT_ENTITY_TYPES = [
  'offer',
  'offer_suggestion',
  'organization',
  'taxonomy_term',
  'membership',
  'user',
  'tenant',
  'oidc_provider',
] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

export interface FieldChange {
  from: unknown;
  to: unknown;
}

/** One line of the audit log: who did what to which entity, from where and when. */
export class AuditEntry {
  @ApiProperty({ example: '1042', description: 'Ascending, as the log grows' })
  id!: string;

  @ApiProperty({ enum: AUDIT_ENTITY_TYPES })
  entityType!: AuditEntityType;

  @ApiProperty({ type: String, nullable: true })
  entityId!: string | null;

  @ApiProperty({ example: 'publish' })
  action!: string;

  @ApiProperty({ description: 'Who, by name, e-mail or description' })
  actor!: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  actorUserId!: string | null;

  @ApiProperty({ type: String, nullable: true })
  ip!: string | null;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'What was created, or per changed field its `from` and `to`',
  })
  changes!: Record<string, unknown>;

  @ApiProperty()
  changedAt!: Date;
}

export class AuditEntryPage extends PageOf(AuditEntry) {}

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
