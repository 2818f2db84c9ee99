import { Inject, Injectable } from '@nestjs/common';
import { Actor, AuditLog } from '@socialkompas/auth';
import { TenancyService, Tenant } from '@socialkompas/tenancy';
import { CATALOGUE_OPTIONS, CatalogueOptions } from '../../catalogue.options';
import { OffersService } from '../../offers/offers.service';
import { ActionGrant, ActionLinks } from './action-links';
import { ActionOfferRow, OfferActionsRepository } from './offer-actions.repository';
import { OfferConfirmation } from '../../offers/offer-confirmation';
import { OfferUpdateRequestDto } from '../../inbox/update-requests/offer-update-request.dto';

export type ActionLookup =
  | { ok: true; grant: ActionGrant; tokenHash: string; offer: ActionOfferRow; used: boolean }
  | { ok: false; problem: 'malformed' | 'tampered' | 'expired' | 'other_tenant' | 'gone' };

/** Who acts through a reminder link: the association, known only by the link it holds. */
const associationActor = (ip: string | null): Actor => ({
  userId: null,
  label: 'foreningen (link i påmindelse)',
  ip,
});

/**
 * What the three links in a reminder mail do. A link works for its own tenant only, until it
 * expires, and once: using it is recorded in the same transaction as its effect.
 */
@Injectable()
export class OfferActionsService {
  private readonly links: ActionLinks;

  constructor(
    private readonly tenancy: TenancyService,
    private readonly actions: OfferActionsRepository,
    private readonly offers: OffersService,
    private readonly confirmation: OfferConfirmation,
    private readonly auditLog: AuditLog,
    @Inject(CATALOGUE_OPTIONS) options: CatalogueOptions,
  ) {
    this.links = new ActionLinks(options.actionLinkSecret, options.previousActionLinkSecret);
  }

  /** Looks a link up without changing anything (mail scanners follow links). */
  lookup(tenant: Tenant, token: string): Promise<ActionLookup> {
    return this.tenancy.run(tenant, () => this.find(tenant, token));
  }

  /** Does what the link grants, once. `already_used` when it was used before. */
  perform(
    tenant: Tenant,
    token: string,
    ip: string | null,
    proposal?: OfferUpdateRequestDto,
  ): Promise<ActionLookup | { ok: false; problem: 'already_used' }> {
    return this.tenancy.run(tenant, async () => {
      const found = await this.find(tenant, token);
      if (!found.ok) return found;
      const claimed = await this.actions.claim(found.tokenHash, found.grant.action, found.offer.id);
      if (!claimed) return { ok: false, problem: 'already_used' };
      const actor = associationActor(ip);
      switch (found.grant.action) {
        case 'confirm':
          await this.confirmation.confirm(found.offer.id, actor);
          break;
        case 'close':
          if (found.offer.status === 'published')
            await this.offers.transition(found.offer.id, 'archive', found.offer.version, actor);
          break;
        case 'update':
          await this.requestUpdate(found.offer, proposal ?? {}, actor);
          break;
      }
      return found;
    });
  }

  private async find(tenant: Tenant, token: string): Promise<ActionLookup> {
    const check = this.links.verify(token);
    if (!check.valid) return { ok: false, problem: check.reason };
    if (check.grant.tenantId !== tenant.id) return { ok: false, problem: 'other_tenant' };
    const offer = await this.actions.findOffer(check.grant.offerId);
    if (!offer) return { ok: false, problem: 'gone' };
    const used = await this.actions.wasUsed(check.tokenHash);
    return { ok: true, grant: check.grant, tokenHash: check.tokenHash, offer, used };
  }

  private async requestUpdate(
    offer: ActionOfferRow,
    proposal: OfferUpdateRequestDto,
    actor: Actor,
  ): Promise<void> {
    await this.actions.insertUpdateRequest(offer.id, proposal);
    await this.auditLog.record({
      entityType: 'offer',
      entityId: offer.id,
      entityLabel: offer.name,
      action: 'update_requested',
      actor,
      changes: { ...proposal },
    });
  }
}
