import { Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '@socialkompas/http';
import { TenancyService } from '@socialkompas/tenancy';
import type { Actor } from './actor';
import { AuditEntryRow, AuditLogRepository } from './audit-log.repository';

export const AUDIT_ENTITY_TYPES = [
  'offer',
  'offer_suggestion',
  'organization',
  'taxonomy_term',
  'membership',
  'user',
  'tenant',
  'oidc_provider',
  'offer_revision',
  'access_request',
  'national_offer',
] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

export interface FieldChange {
  from: unknown;
  to: unknown;
}

/** One line of the audit log: who did what to which entity, from where and when. */
export class AuditEntry implements AuditEntryRow {
  @ApiProperty({ example: '1042', description: 'Ascending, as the log grows' })
  id!: string;

  @ApiProperty({ enum: AUDIT_ENTITY_TYPES })
  entityType!: AuditEntityType;

  @ApiProperty({ type: String, nullable: true })
  entityId!: string | null;

  @ApiProperty({ example: 'publish' })
  action!: string;

  @ApiProperty({ description: 'Who, by name, e-mail or description, as recorded then' })
  actor!: string;

  @ApiProperty({ description: 'Who, as the staff directory names them now; else as recorded' })
  actorName!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'What it is about by name (an offer’s title, a person’s name); null where not known',
  })
  entityLabel!: string | null;

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

/**
 * The tenant's audit log, in the tenant's own schema: every change and every login, with who,
 * from where and when. Written inside the unit of work of the change itself, so a change and
 * its record commit or roll back together.
 */
@Injectable()
export class AuditLog {
  constructor(
    tenancy: TenancyService,
    // The command line builds the log by hand (`new AuditLog(tenancy)`); Nest passes its provider.
    private readonly entries: AuditLogRepository = new AuditLogRepository(tenancy),
  ) {}

  async record(entry: {
    entityType: AuditEntityType;
    entityId: string | null;
    /** What the entity is called now, so the log can name it after it has changed or gone. */
    entityLabel?: string | null;
    action: string;
    actor: Actor;
    changes?: Record<string, unknown>;
  }): Promise<void> {
    await this.entries.insert({
      entityType: entry.entityType,
      entityId: entry.entityId,
      entityLabel: entry.entityLabel ?? null,
      action: entry.action,
      actor: entry.actor.label,
      actorUserId: entry.actor.userId,
      ip: entry.actor.ip,
      changes: entry.changes ?? {},
    });
  }

  /** Records a change to a named entity (an organisation, a term, a tenant), its name kept as its label. */
  /** Records many changes by one actor at once, e.g. every offer an import wrote. */
  recordMany(
    actor: Actor,
    entries: {
      entityType: AuditEntityType;
      entityId: string | null;
      entityLabel?: string | null;
      action: string;
      changes?: Record<string, unknown>;
    }[],
  ): Promise<void> {
    return this.entries.insertMany(
      entries.map((entry) => ({
        entityType: entry.entityType,
        entityId: entry.entityId,
        entityLabel: entry.entityLabel ?? null,
        action: entry.action,
        actor: actor.label,
        actorUserId: actor.userId,
        ip: actor.ip,
        changes: entry.changes ?? {},
      })),
    );
  }

  recordAbout(
    entityType: AuditEntityType,
    { id, name }: { id: string; name: string },
    action: string,
    actor: Actor,
    changes: Record<string, unknown>,
  ): Promise<void> {
    return this.record({ entityType, entityId: id, entityLabel: name, action, actor, changes });
  }

  /** One entity's history, oldest first. */
  history(entityType: AuditEntityType, entityId: string): Promise<AuditEntry[]> {
    return this.entries.history(entityType, entityId);
  }

  /** A page of the log, newest first, with the total for the filter. */
  list(filter: AuditFilter): Promise<{ items: AuditEntry[]; total: number }> {
    return this.entries.list(filter);
  }
}
