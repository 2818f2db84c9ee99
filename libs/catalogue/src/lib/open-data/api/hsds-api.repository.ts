import { Injectable } from '@nestjs/common';
import { queryRows, TenancyService } from '@socialkompas/tenancy';
import { exportedOffer } from '../../interchange/export/catalogue-export.repository';

/** An audit entry about an offer or organisation, as HSDS `metadata` reads it (no actor, no address). */
export interface AuditRow {
  id: string;
  entityId: string;
  action: string;
  changes: Record<string, unknown>;
  changedAt: Date;
}

/** What the open-data API reads besides the export's rows, in the current (member's) unit of work. */
@Injectable()
export class HsdsApiRepository {
  constructor(private readonly tenancy: TenancyService) {}

  private get manager() {
    return this.tenancy.currentManager();
  }

  /** The exported offers of these organisations, each with its organisation, in id order. */
  offersOfOrganizations(
    organizationIds: readonly string[],
  ): Promise<{ id: string; organizationId: string }[]> {
    return queryRows(
      this.manager,
      `SELECT o.id, o.organization_id AS "organizationId" FROM offers o
        WHERE o.organization_id = ANY($1::uuid[]) AND ${exportedOffer()} ORDER BY o.id`,
      [organizationIds],
    );
  }

  /** The entities' audit entries, oldest first: only the entity, the action, the changes and the time. */
  auditOf(entityType: 'offer' | 'organization', ids: readonly string[]): Promise<AuditRow[]> {
    return queryRows(
      this.manager,
      `SELECT a.id::text AS id, a.entity_id AS "entityId", a.action, a.changes, a.changed_at AS "changedAt"
         FROM audit_log a
        WHERE a.entity_type = $1 AND a.entity_id = ANY($2::text[])
        ORDER BY a.changed_at, a.id`,
      [entityType, ids],
    );
  }
}
