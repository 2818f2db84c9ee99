import { Inject, Injectable } from '@nestjs/common';
import { TenancyService, Tenant } from '@socialkompas/tenancy';
import { OutboxRepository } from '@socialkompas/mail';
import { CATALOGUE_OPTIONS, CatalogueOptions } from '../../catalogue.options';
import { freshnessReminder } from './reminder-mail';
import { SearchIndex } from '../../core/search-index';
import { ActionLinks, OfferAction } from '../offer-actions/action-links';
import { freshnessSettings } from '../freshness-settings';

export interface FreshnessSummary {
  reminded: number;
  withoutRecipient: number;
  flaggedStale: number;
  /** Decided offer suggestions deleted with their senders' contact details. */
  forgottenSuggestions: number;
}

/**
 * How long a decided suggestion, and so its sender's name, e-mail and phone, is kept: long enough
 * to answer a question about the decision. The audit log keeps the decision without them.
 */
const SUGGESTION_RETENTION_DAYS = 90;

interface DueOffer {
  id: string;
  name: string;
  assuredDate: string | null;
  organizationName: string | null;
  recipient: string | null;
}

/**
 * The daily freshness pass of one tenant. Offers not confirmed for `staleAfterDays` get one
 * reminder: the outbox row (unique per offer and confirmation date) and the offer's `reminded_at`
 * are written in one transaction, so a crash either leaves both or neither, and a rerun never
 * mails twice. Reminders unanswered after `graceDays`, and due offers nobody can be asked about,
 * are flagged stale for the editors (and hidden from search where the tenant wants that). Offer
 * suggestions decided long ago are deleted, and with them their senders' contact details.
 */
@Injectable()
export class FreshnessService {
  private readonly links: ActionLinks;

  constructor(
    private readonly tenancy: TenancyService,
    private readonly outbox: OutboxRepository,
    private readonly searchIndex: SearchIndex,
    @Inject(CATALOGUE_OPTIONS) private readonly options: CatalogueOptions,
  ) {
    this.links = new ActionLinks(options.actionLinkSecret);
  }

  runPass(tenant: Tenant, now = new Date()): Promise<FreshnessSummary> {
    const settings = freshnessSettings(tenant);
    return this.tenancy.run(tenant, async (manager) => {
      const due: DueOffer[] = await manager.query(
        `SELECT o.id, o.name, o.assured_date::text AS "assuredDate", organization.name AS "organizationName",
           coalesce(o.email,
             (SELECT c.email FROM contacts c WHERE c.offer_id = o.id AND c.email IS NOT NULL ORDER BY c.position LIMIT 1),
             organization.email) AS recipient
         FROM offers o JOIN organizations organization ON organization.id = o.organization_id
         WHERE o.status = 'published' AND o.reminded_at IS NULL AND o.stale_since IS NULL
           AND (o.assured_date IS NULL
             OR o.assured_date < ($1::timestamptz AT TIME ZONE 'Europe/Copenhagen')::date - $2::int)
         ORDER BY o.id
         FOR UPDATE OF o SKIP LOCKED`,
        [now, settings.staleAfterDays],
      );
      let reminded = 0;
      const nobodyToAsk: string[] = [];
      for (const offer of due) {
        const recipient = offer.recipient;
        if (!recipient) {
          nobodyToAsk.push(offer.id);
          continue;
        }
        await this.remind(tenant, { ...offer, recipient }, settings.staleAfterDays, now);
        await manager.query(`UPDATE offers SET reminded_at = $2 WHERE id = $1`, [offer.id, now]);
        reminded += 1;
      }

      const graceEnded = new Date(now.getTime() - settings.graceDays * 24 * 3_600_000);
      const [flagged] = await manager.query(
        `UPDATE offers SET stale_since = $1
         WHERE status = 'published' AND stale_since IS NULL
           AND ((reminded_at IS NOT NULL AND reminded_at <= $2) OR id = ANY ($3::uuid[]))
           -- An association that sent corrections has answered; the editors' review is what waits.
           AND NOT EXISTS (SELECT 1 FROM offer_update_requests r WHERE r.offer_id = offers.id AND r.resolved_at IS NULL)
         RETURNING id`,
        [now, graceEnded, nobodyToAsk],
      );
      // Follows the tenant's current setting, also for offers flagged before it changed.
      const [, hiddenChanged] = await manager.query(
        `UPDATE offers SET hidden_as_stale = $1 WHERE stale_since IS NOT NULL AND hidden_as_stale <> $1`,
        [settings.hideStale],
      );
      if ((hiddenChanged as number) > 0) await this.searchIndex.markChanged();
      const [, forgotten] = await manager.query(
        `DELETE FROM offer_suggestions WHERE decided_at < $1::timestamptz - make_interval(days => $2)`,
        [now, SUGGESTION_RETENTION_DAYS],
      );
      return {
        reminded,
        withoutRecipient: nobodyToAsk.length,
        flaggedStale: (flagged as unknown[]).length,
        forgottenSuggestions: forgotten as number,
      };
    });
  }

  private async remind(
    tenant: Tenant,
    offer: DueOffer & { recipient: string },
    staleAfterDays: number,
    now: Date,
  ) {
    const base = this.options.publicUrlOf(tenant);
    const link = (action: OfferAction) => {
      const { token, expiresAt } = this.links.sign(
        { tenantId: tenant.id, offerId: offer.id, action },
        now.getTime(),
      );
      return { url: `${base}/offer-actions/${token}`, expiresAt };
    };
    const confirm = link('confirm');
    const message = freshnessReminder({
      tenant,
      offerName: offer.name,
      organizationName: offer.organizationName,
      assuredDate: offer.assuredDate,
      staleAfterDays,
      confirmUrl: confirm.url,
      updateUrl: link('update').url,
      closeUrl: link('close').url,
      expiresAt: confirm.expiresAt,
    });
    await this.outbox.enqueue({
      dedupeKey: `freshness:${offer.id}:${offer.assuredDate ?? 'never'}`,
      kind: 'freshness_reminder',
      offerId: offer.id,
      recipient: offer.recipient,
      ...message,
    });
  }
}
