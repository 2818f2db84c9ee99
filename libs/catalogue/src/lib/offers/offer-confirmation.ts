import { Injectable } from '@nestjs/common';
import { Actor, AuditLog } from '@socialkompas/auth';
import { danishToday } from '@socialkompas/denmark';
import { SearchIndex } from '../core/search-index';
import { OffersRepository } from './offers.repository';

/**
 * "Still current": the offer counts as confirmed today, and the reminder and stale flags go, so
 * it is shown again where staleness hid it. The association (through its link) and an editor
 * (after a phone call) confirm the same way.
 */
@Injectable()
export class OfferConfirmation {
  constructor(
    private readonly offers: OffersRepository,
    private readonly searchIndex: SearchIndex,
    private readonly auditLog: AuditLog,
  ) {}

  /** In the current unit of work; false when there is no such offer. */
  async confirm(offerId: string, actor: Actor): Promise<boolean> {
    const today = danishToday();
    const before = await this.offers.confirm(offerId, today);
    if (!before) return false;
    if (before.wasHidden) await this.searchIndex.markChanged([offerId]);
    await this.auditLog.record({
      entityType: 'offer',
      entityId: offerId,
      entityLabel: before.name,
      action: 'confirm',
      actor,
      changes: { assuredDate: { from: before.assuredDate, to: today } },
    });
    return true;
  }
}
