import { Injectable, NotFoundException } from '@nestjs/common';
import { Actor, AuditLog } from '@socialkompas/auth';
import { TenancyService, Tenant } from '@socialkompas/tenancy';
import { SearchIndex } from '../core/search-index';
import { HiddenNationalOffersRepository } from './hidden-national-offers.repository';
import { NationalCatalogue } from './national-catalogue';
import { NationalOfferView } from './national-offer.dto';

const notFound = (detail: string) => new NotFoundException({ title: 'Ikke fundet', detail });

/**
 * A municipality administrator's list of the national offers, one switch each: hiding an offer
 * leaves it out of this municipality's search at once, and nowhere else. The national offers are
 * read first, outside the municipality's unit of work (the read path opens its own, read-only);
 * the switch itself, its audit entry and the new search generation commit together.
 */
@Injectable()
export class NationalOffersAdmin {
  constructor(
    private readonly tenancy: TenancyService,
    private readonly national: NationalCatalogue,
    private readonly hidden: HiddenNationalOffersRepository,
    private readonly auditLog: AuditLog,
    private readonly searchIndex: SearchIndex,
  ) {}

  async list(tenant: Tenant): Promise<NationalOfferView[]> {
    requireMunicipality(tenant);
    const offers = await this.national.publishedOffers();
    const hidden = new Set(await this.tenancy.run(tenant, () => this.hidden.hiddenOfferIds()));
    return offers.map((offer) => ({ ...offer, hidden: hidden.has(offer.id) }));
  }

  async setHidden(
    tenant: Tenant,
    offerId: string,
    hidden: boolean,
    actor: Actor,
  ): Promise<NationalOfferView> {
    requireMunicipality(tenant);
    const offer = await this.national.publishedOffer(offerId);
    if (!offer) throw notFound('Der er intet offentliggjort landsdækkende tilbud med dette id.');
    await this.tenancy.run(tenant, async () => {
      const changed = hidden
        ? await this.hidden.hide(offer.id, actor.label)
        : await this.hidden.unhide(offer.id);
      if (!changed) return;
      await this.auditLog.record({
        entityType: 'national_offer',
        entityId: offer.id,
        entityLabel: offer.name,
        action: hidden ? 'hide' : 'show',
        actor,
        changes: { hidden: { from: !hidden, to: hidden } },
      });
      await this.searchIndex.markChanged();
    });
    return { ...offer, hidden };
  }
}

/** Only a municipality hides national offers: a region's and the nation's search show them all. */
function requireMunicipality(tenant: Tenant): void {
  if (tenant.kind !== 'municipality') {
    throw notFound('Kun en kommune kan skjule landsdækkende tilbud.');
  }
}
