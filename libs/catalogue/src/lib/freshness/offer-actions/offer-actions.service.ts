import { Inject, Injectable } from '@nestjs/common';
import { Actor, AuditLog } from '@socialkompas/auth';
import { TenancyService, Tenant } from '@socialkompas/tenancy';
import { CATALOGUE_OPTIONS, CatalogueOptions } from '../../catalogue.options';
import { OffersService } from '../../offers/offers.service';
import { ActionGrant, ActionLinks } from './action-links';
import { OfferConfirmation } from '../../offers/offer-confirmation';
import { OfferUpdateRequestDto } from '../../inbox/update-requests/offer-update-request.dto';

export interface ActionOffer {
  id: string;
  name: string;
  status: string;
  version: number;
  description: string;
  scheduleDescription: string | null;
  phone: string | null;
  email: string | null;
  url: string | null;
}

export type ActionLookup =
  | { ok: true; grant: ActionGrant; tokenHash: string; offer: ActionOffer; used: boolean }
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
    private readonly offers: OffersService,
    private readonly confirmation: OfferConfirmation,
    private readonly auditLog: AuditLog,
    @Inject(CATALOGUE_OPTIONS) options: CatalogueOptions,
  ) {
    this.links = new ActionLinks(options.actionLinkSecret);
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
    return this.tenancy.run(tenant, async (manager) => {
      const found = await this.find(tenant, token);
      if (!found.ok) return found;
      const [claimed] = await manager.query(
        `INSERT INTO used_action_links (token_hash, action, offer_id) VALUES ($1, $2, $3)
         ON CONFLICT (token_hash) DO NOTHING RETURNING token_hash`,
        [found.tokenHash, found.grant.action, found.offer.id],
      );
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
    const manager = this.tenancy.currentManager();
    const [offer]: ActionOffer[] = await manager.query(
      `SELECT id, name, status, version, description, schedule_description AS "scheduleDescription", phone, email, url
       FROM offers WHERE id = $1`,
      [check.grant.offerId],
    );
    if (!offer) return { ok: false, problem: 'gone' };
    const [used] = await manager.query(`SELECT 1 FROM used_action_links WHERE token_hash = $1`, [
      check.tokenHash,
    ]);
    return { ok: true, grant: check.grant, tokenHash: check.tokenHash, offer, used: Boolean(used) };
  }

  private async requestUpdate(
    offer: ActionOffer,
    proposal: OfferUpdateRequestDto,
    actor: Actor,
  ): Promise<void> {
    await this.tenancy
      .currentManager()
      .query(`INSERT INTO offer_update_requests (offer_id, proposed) VALUES ($1, $2)`, [
        offer.id,
        JSON.stringify(proposal),
      ]);
    await this.auditLog.record({
      entityType: 'offer',
      entityId: offer.id,
      action: 'update_requested',
      actor,
      changes: { ...proposal },
    });
  }
}
