import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { Actor, AuditLog, StaffIdentity } from '@socialkompas/auth';
import { TenancyService } from '@socialkompas/tenancy';
import { OfferConfirmation } from '../offers/offer-confirmation';
import { OfferView } from '../offers/offer-view';
import { DERIVED_VOCABULARIES } from '../taxonomy/taxonomy.entity';
import type { TermRef } from '../taxonomy/taxonomy-view';
import { OffersService } from '../offers/offers.service';
import {
  AssociationOfferChangesDto,
  ConfirmedOffers,
  OwnOffer,
  OwnOffers,
  OwnOfferSaved,
} from './association-work.dto';
import { AssociationOffersRepository } from './association-offers.repository';
import { OfferRevisionsRepository } from './offer-revisions.repository';

const notFound = () =>
  new NotFoundException({ title: 'Tilbuddet findes ikke', detail: 'Der er intet tilbud med det id.' });

/**
 * What an association's member does with the association's own offers: see them with their
 * freshness, change one, and confirm them all. A trusted association's change applies at once;
 * any other's becomes a revision the editors approve. Another association's offer is refused (403).
 */
@Injectable()
export class AssociationOffersService {
  constructor(
    private readonly tenancy: TenancyService,
    private readonly ownOffers: AssociationOffersRepository,
    private readonly revisions: OfferRevisionsRepository,
    private readonly offers: OffersService,
    private readonly confirmation: OfferConfirmation,
    private readonly auditLog: AuditLog,
  ) {}

  async list(member: StaffIdentity): Promise<OwnOffers> {
    const organization = await this.organizationOf(member);
    return {
      organization: { id: organization.id, name: organization.name, trusted: organization.trusted },
      items: await this.ownOffers.ownOffers(organization.id),
    };
  }

  async get(member: StaffIdentity, offerId: string): Promise<OwnOffer> {
    await this.checkOwn(member, offerId);
    return {
      offer: await this.offers.getForEditor(offerId),
      pendingRevision: (await this.revisions.pendingOf(offerId)) ?? null,
    };
  }

  async change(
    member: StaffIdentity,
    offerId: string,
    { version, ...changes }: AssociationOfferChangesDto,
    actor: Actor,
  ): Promise<OwnOfferSaved> {
    const organization = await this.organizationOf(member);
    const current = await this.checkOwn(member, offerId);
    if (organization.trusted) {
      const { offer } = await this.offers.update(offerId, { version, ...changes }, actor);
      return { outcome: 'applied', offer, revision: null };
    }
    if (current.version !== version) {
      throw new ConflictException({
        title: 'Tilbuddet er ændret af en anden',
        detail: `Du redigerede version ${version}, men en nyere version er gemt i mellemtiden. Hent den nye version og ret igen.`,
        current: await this.offers.getForEditor(offerId),
      });
    }
    await this.checkAsApplied(offerId, version, changes, actor);
    const revisionId = await this.revisions.propose({
      offerId,
      baseVersion: version,
      changes,
      proposedBy: actor.label,
      proposedByUserId: actor.userId,
    });
    await this.auditLog.record({
      entityType: 'offer_revision',
      entityId: revisionId,
      entityLabel: current.name,
      action: 'propose',
      actor,
      changes: { offerId, fields: Object.keys(changes) },
    });
    return {
      outcome: 'in_review',
      offer: await this.offers.getForEditor(offerId),
      revision: (await this.revisions.find(revisionId)) ?? null,
    };
  }

  /** "Bekræft alle": every published offer of the association counts as confirmed today. */
  async confirmAll(member: StaffIdentity, actor: Actor): Promise<ConfirmedOffers> {
    const organization = await this.organizationOf(member);
    const ids = await this.ownOffers.publishedOfferIds(organization.id);
    for (const id of ids) await this.confirmation.confirm(id, actor);
    return { confirmed: ids.length };
  }

  /**
   * A change waiting for review must be one that can be applied: it is applied here, inside a
   * savepoint that is then rolled back, so it meets exactly the checks an editor's change meets.
   */
  private async checkAsApplied(
    offerId: string,
    version: number,
    changes: Omit<AssociationOfferChangesDto, 'version'>,
    actor: Actor,
  ): Promise<void> {
    const manager = this.tenancy.currentManager();
    await manager.query('SAVEPOINT association_change_check');
    try {
      await this.offers.update(offerId, { version, ...changes }, actor);
    } finally {
      await manager.query('ROLLBACK TO SAVEPOINT association_change_check');
    }
  }

  private async checkOwn(member: StaffIdentity, offerId: string) {
    const owner = await this.ownOffers.owner(offerId);
    if (!owner) throw notFound();
    if (owner.organizationId !== member.organizationId) {
      throw new ForbiddenException({
        title: 'Ikke jeres tilbud',
        detail: 'Tilbuddet hører til en anden forening. I kan kun se og rette jeres egne tilbud.',
      });
    }
    return owner;
  }

  private async organizationOf(member: StaffIdentity) {
    const organization = member.organizationId
      ? await this.ownOffers.organization(member.organizationId)
      : undefined;
    if (!organization || organization.archived) {
      throw new ForbiddenException({
        title: 'Ingen forening',
        detail: 'Din adgang hører ikke til en forening, der findes her længere.',
      });
    }
    return organization;
  }
}

/** The current value of each proposed field, as the offer shows it, beside the proposed one. */
export function differencesOf(
  view: OfferView,
  changes: Record<string, unknown>,
): { field: string; from: unknown; to: unknown }[] {
  const current: Record<string, unknown> = {
    ...view,
    // Only chosen terms are proposed; age groups and districts are derived.
    termIds: Object.entries(view.terms)
      .filter(([vocabulary]) => !DERIVED_VOCABULARIES.some((derived) => derived === vocabulary))
      .flatMap(([, terms]) => (terms ?? []).map((term: TermRef) => term.id)),
  };
  return Object.entries(changes)
    .filter(([field, to]) => JSON.stringify(current[field]) !== JSON.stringify(to))
    .map(([field, to]) => ({ field, from: current[field] ?? null, to }));
}
