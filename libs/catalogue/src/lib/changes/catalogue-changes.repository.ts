import { Injectable } from '@nestjs/common';
import type { Actor } from '@socialkompas/auth';
import { TenancyService } from '@socialkompas/tenancy';

export type CatalogueEntityType = 'offer' | 'organization' | 'taxonomy_term';

export interface FieldChange {
  from: unknown;
  to: unknown;
}

export interface CatalogueChange {
  id: string;
  entityType: CatalogueEntityType;
  entityId: string;
  action: string;
  actor: string;
  changes: Record<string, unknown>;
  changedAt: Date;
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

/** Every editorial change to the catalogue: who, when, what. Written in the change's own transaction. */
@Injectable()
export class CatalogueChangesRepository {
  constructor(private readonly tenancy: TenancyService) {}

  async record(change: {
    entityType: CatalogueEntityType;
    entityId: string;
    action: string;
    actor: Actor;
    changes: Record<string, unknown>;
  }): Promise<void> {
    await this.tenancy
      .currentManager()
      .query(
        `INSERT INTO catalogue_changes (entity_type, entity_id, action, actor, changes) VALUES ($1, $2, $3, $4, $5)`,
        [
          change.entityType,
          change.entityId,
          change.action,
          change.actor.label,
          JSON.stringify(change.changes),
        ],
      );
  }

  listFor(entityType: CatalogueEntityType, entityId: string): Promise<CatalogueChange[]> {
    return this.tenancy.currentManager().query(
      `SELECT id, entity_type AS "entityType", entity_id AS "entityId", action, actor, changes, changed_at AS "changedAt"
       FROM catalogue_changes WHERE entity_type = $1 AND entity_id = $2 ORDER BY changed_at, id`,
      [entityType, entityId],
    );
  }
}
