import { Injectable } from '@nestjs/common';
import { Actor, AuditLog } from '@socialkompas/auth';
import { TenancyService } from '@socialkompas/tenancy';
import { danishToday } from '@socialkompas/denmark';
import { SearchIndex } from '../core/search-index';

/**
 * "Still current": the offer counts as confirmed today, and the reminder and stale flags go, so
 * it is shown again where staleness hid it. The association (through its link) and an editor
 * (after a phone call) confirm the same way.
 */
@Injectable()
export class OfferConfirmation {
  constructor(
    private readonly tenancy: TenancyService,
    private readonly searchIndex: SearchIndex,
    private readonly auditLog: AuditLog,
  ) {}

  /** In the current unit of work; false when there is no such offer. */
  async confirm(offerId: string, actor: Actor): Promise<boolean> {
    const today = danishToday();
    const [rows] = await this.tenancy.currentManager().query(
      `UPDATE offers o SET assured_date = $2, stale_since = NULL, reminded_at = NULL, hidden_as_stale = false,
         version = o.version + 1, updated_at = now()
       FROM offers previous WHERE o.id = $1 AND previous.id = o.id
       RETURNING previous.assured_date::text AS "assuredDate", previous.hidden_as_stale AS "wasHidden"`,
      [offerId, today],
    );
    const [before] = rows as { assuredDate: string | null; wasHidden: boolean }[];
    if (!before) return false;
    if (before.wasHidden) await this.searchIndex.markChanged();
    await this.auditLog.record({
      entityType: 'offer',
      entityId: offerId,
      action: 'confirm',
      actor,
      changes: { assuredDate: { from: before.assuredDate, to: today } },
    });
    return true;
  }
}
