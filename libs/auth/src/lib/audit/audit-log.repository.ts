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
  /** The actor as the staff directory names them now; the recorded label for anyone else. */
  actorName: string;
  /** What the entry is about, by name: recorded with it, or the person the directory knows. */
  entityLabel: string | null;
  ip: string | null;
  changes: Record<string, unknown>;
  changedAt: Date;
}

/** A line to add to `audit_log`; the database stamps its id and time. */
export type NewAuditEntryRow = Omit<AuditEntryRow, 'id' | 'changedAt' | 'actorName'>;

interface TotalRow {
  total: number;
}

/**
 * A page of `audit_log` rows (the CTE `page`, already filtered, ordered and cut) with names from the
 * staff directory: the actor's, and for an entry about a person (a membership or a login) theirs.
 * Joined after paging, so a long log costs a page of look-ups. `$tenant` keeps a membership to the tenant.
 */
const NAMED_PAGE = (tenant: string) => `SELECT a.id, a.entity_type AS "entityType", a.entity_id AS "entityId",
  a.action, a.actor, a.actor_user_id AS "actorUserId", coalesce(actor.name, actor.email, a.actor) AS "actorName",
  coalesce(person.name, a.entity_label, member.email, person.email) AS "entityLabel",
  host(a.ip) AS ip, a.changes, a.changed_at AS "changedAt"
  FROM page a
  LEFT JOIN platform.users actor ON actor.id = a.actor_user_id
  LEFT JOIN platform.memberships member
    ON a.entity_type = 'membership' AND member.id::text = a.entity_id AND member.tenant_id = ${tenant}
  LEFT JOIN platform.users person
    ON person.id = member.user_id OR (a.entity_type = 'user' AND person.id::text = a.entity_id)`;

/**
 * `audit_log` in the tenant's own schema. Every query runs in the current unit of work, so a
 * change and its record commit or roll back together, and outside one it throws.
 */
@Injectable()
export class AuditLogRepository {
  constructor(private readonly tenancy: TenancyService) {}

  async insert(entry: NewAuditEntryRow): Promise<void> {
    await this.tenancy.currentManager().query(
      `INSERT INTO audit_log (entity_type, entity_id, entity_label, action, actor, actor_user_id, ip, changes)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        entry.entityType,
        entry.entityId,
        entry.entityLabel,
        entry.action,
        entry.actor,
        entry.actorUserId,
        entry.ip,
        JSON.stringify(entry.changes),
      ],
    );
  }

  /** Many lines in one statement (an import's offers): one round trip however many there are. */
  async insertMany(entries: NewAuditEntryRow[]): Promise<void> {
    if (entries.length === 0) return;
    await this.tenancy.currentManager().query(
      `INSERT INTO audit_log (entity_type, entity_id, entity_label, action, actor, actor_user_id, ip, changes)
       SELECT e."entityType", e."entityId", e."entityLabel", e.action, e.actor, e."actorUserId", e.ip::inet, e.changes
       FROM jsonb_to_recordset($1::jsonb) AS e("entityType" text, "entityId" text, "entityLabel" text, action text,
         actor text, "actorUserId" uuid, ip text, changes jsonb)`,
      [JSON.stringify(entries)],
    );
  }

  /** One entity's history, oldest first. */
  history(entityType: AuditEntityType, entityId: string): Promise<AuditEntryRow[]> {
    return queryRows<AuditEntryRow>(
      this.tenancy.currentManager(),
      `WITH page AS (SELECT * FROM audit_log WHERE entity_type = $1 AND entity_id = $2)
       ${NAMED_PAGE('$3')} ORDER BY a.changed_at, a.id`,
      [entityType, entityId, this.tenancy.currentTenant().id],
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
      `WITH page AS (SELECT * FROM audit_log ${whereClause} ORDER BY changed_at DESC, id DESC
         LIMIT $${values.length + 1} OFFSET $${values.length + 2})
       ${NAMED_PAGE(`$${values.length + 3}`)} ORDER BY a.changed_at DESC, a.id DESC`,
      [...values, filter.limit, filter.offset, this.tenancy.currentTenant().id],
    );
    return { items, total };
  }
}
