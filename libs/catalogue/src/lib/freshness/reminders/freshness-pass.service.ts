import { Inject, Injectable } from '@nestjs/common';
import { TenancyService, Tenant } from '@socialkompas/tenancy';
import { OutboxRepository } from '@socialkompas/mail';
import { CATALOGUE_OPTIONS, CatalogueOptions } from '../../catalogue.options';
import { freshnessReminder } from './reminder-mail';
import { SearchIndex } from '../../core/search-index';
import { ActionLinks, OfferAction } from '../offer-actions/action-links';
import { freshnessSettings } from '../freshness-settings';
import { DueOfferRow, FreshnessRepository } from './freshness.repository';

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
    private readonly freshness: FreshnessRepository,
    private readonly outbox: OutboxRepository,
    private readonly searchIndex: SearchIndex,
    @Inject(CATALOGUE_OPTIONS) private readonly options: CatalogueOptions,
  ) {
    this.links = new ActionLinks(options.actionLinkSecret, options.previousActionLinkSecret);
  }

  runPass(tenant: Tenant, now = new Date()): Promise<FreshnessSummary> {
    const settings = freshnessSettings(tenant);
    return this.tenancy.run(tenant, async () => {
      const due = await this.freshness.lockDueOffers(now, settings.staleAfterDays);
      let reminded = 0;
      const nobodyToAsk: string[] = [];
      for (const offer of due) {
        const recipient = offer.recipient;
        if (!recipient) {
          nobodyToAsk.push(offer.id);
          continue;
        }
        await this.remind(tenant, { ...offer, recipient }, settings.staleAfterDays, now);
        await this.freshness.markReminded(offer.id, now);
        reminded += 1;
      }

      const graceEnded = new Date(now.getTime() - settings.graceDays * 24 * 3_600_000);
      const flagged = await this.freshness.flagStale(now, graceEnded, nobodyToAsk);
      // Follows the tenant's current setting, also for offers flagged before it changed.
      const hiddenChanged = await this.freshness.applyHideStale(settings.hideStale);
      if (hiddenChanged > 0) await this.searchIndex.markChanged();
      const forgotten = await this.freshness.forgetDecidedSuggestions(now, SUGGESTION_RETENTION_DAYS);
      return {
        reminded,
        withoutRecipient: nobodyToAsk.length,
        flaggedStale: flagged.length,
        forgottenSuggestions: forgotten,
      };
    });
  }

  private async remind(
    tenant: Tenant,
    offer: DueOfferRow & { recipient: string },
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
