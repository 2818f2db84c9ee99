import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { Actor, AuditEntry, AuditLog, changedFields } from '@socialkompas/auth';
import { danishToday } from '@socialkompas/denmark';
import { badField } from '@socialkompas/http';

import { LifecycleAction, nextStatus } from '../core/lifecycle/lifecycle';
import { OrganizationsRepository } from '../organizations/organizations.repository';
import { TaxonomyRepository } from '../taxonomy/taxonomy.repository';
import { DERIVED_VOCABULARIES } from '../taxonomy/taxonomy.entity';
import { OfferFieldsDto } from './dto/offer-fields.dto';
import { LocationInputDto, ScheduleInputDto } from './dto/offer-parts.dto';
import { UpdateOfferDto } from './dto/update-offer.dto';
import { Offer } from './offer.entity';
import { SearchIndex } from '../core/search-index';
import {
  OfferPage,
  offerView,
  OfferView,
  PossibleDuplicate,
  publicOfferView,
  PublicOfferView,
  SavedOffer,
} from './offer-view';
import { OfferListCriteria, OffersRepository } from './offers.repository';

function notFound(id: string): NotFoundException {
  return new NotFoundException({
    title: 'Tilbuddet findes ikke',
    detail: `Der er intet tilbud med id ${id}.`,
  });
}

/** Editorial work on offers: every write checks its input, keeps the search index true and is logged. */
@Injectable()
export class OffersService {
  constructor(
    private readonly offers: OffersRepository,
    private readonly organizations: OrganizationsRepository,
    private readonly taxonomy: TaxonomyRepository,
    private readonly searchIndex: SearchIndex,
    private readonly auditLog: AuditLog,
  ) {}

  async getPublished(id: string): Promise<PublicOfferView> {
    const offer = await this.offers.findById(id, ['published']);
    // An offer is public only while its organisation is too.
    if (offer?.organization?.status !== 'published') throw notFound(id);
    return publicOfferView(offer);
  }

  async getForEditor(id: string): Promise<OfferView> {
    return offerView(await this.load(id));
  }

  async list(query: OfferListCriteria): Promise<OfferPage> {
    const { items, total } = await this.offers.page(query);
    return { items: items.map(offerView), total, page: query.page, size: query.size };
  }

  async create(fields: OfferFieldsDto, actor: Actor): Promise<SavedOffer> {
    const { locations, schedules, contacts, termIds, ...columns } = fields;
    await this.checkReferences(fields);
    checkConsistency(fields);
    const id = await this.offers.insert({ ...columns, status: 'draft' });
    await this.offers.replaceChildren(
      id,
      {
        locations: locations ?? [],
        schedules: schedules ?? [],
        contacts: contacts ?? [],
        termIds: termIds ?? [],
      },
      fields.organizationId,
    );
    await this.searchIndex.refresh([id]);
    const offer = offerView(await this.load(id));
    await this.auditLog.record({
      entityType: 'offer',
      entityId: id,
      entityLabel: offer.name,
      action: 'create',
      actor,
      changes: { ...offer },
    });
    return { offer, possibleDuplicates: await this.duplicatesOf(offer) };
  }

  async update(id: string, { version, ...changes }: UpdateOfferDto, actor: Actor): Promise<SavedOffer> {
    await this.offers.lock(id);
    const before = await this.load(id);
    await this.checkReferences(changes);
    checkConsistency({ ...before, schedules: undefined, locations: undefined, ...changes });
    const { locations, schedules, contacts, termIds, ...columns } = changes;
    if (!(await this.offers.updateIfVersion(id, version, columns))) throw this.conflict(before, version);
    const organizationId = changes.organizationId ?? before.organizationId;
    await this.offers.replaceChildren(id, { locations, schedules, contacts, termIds }, organizationId);
    await this.searchIndex.refresh([id]);
    const offer = offerView(await this.load(id));
    await this.auditLog.record({
      entityType: 'offer',
      entityId: id,
      entityLabel: offer.name,
      action: 'update',
      actor,
      changes: changedFields(offerView(before), offer),
    });
    return { offer, possibleDuplicates: await this.duplicatesOf(offer) };
  }

  /**
   * Moves the offer along its lifecycle (submit, publish, archive, reopen). A reason, e.g. why an
   * offer in review is sent back, goes into the offer's change history.
   */
  async transition(
    id: string,
    action: LifecycleAction,
    version: number,
    actor: Actor,
    reason?: string,
  ): Promise<OfferView> {
    await this.offers.lock(id);
    const before = await this.load(id);
    const status = nextStatus(action, before.status);
    const changes: Partial<Offer> =
      action === 'publish'
        ? {
            status,
            publishedAt: before.publishedAt ?? new Date(),
            assuredDate: before.assuredDate ?? danishToday(),
            // Published anew, the offer starts its freshness afresh: no old reminder or stale flag.
            remindedAt: null,
            staleSince: null,
            hiddenAsStale: false,
          }
        : { status };
    if (!(await this.offers.updateIfVersion(id, version, changes))) throw this.conflict(before, version);
    await this.searchIndex.markChanged();
    await this.auditLog.record({
      entityType: 'offer',
      entityId: id,
      entityLabel: before.name,
      action,
      actor,
      changes: { status: { from: before.status, to: status }, ...(reason ? { reason } : {}) },
    });
    return offerView(await this.load(id));
  }

  history(id: string): Promise<AuditEntry[]> {
    return this.load(id).then(() => this.auditLog.history('offer', id));
  }

  private async load(id: string): Promise<Offer> {
    const offer = await this.offers.findById(id);
    if (!offer) throw notFound(id);
    return offer;
  }

  private conflict(before: Offer, version: number): ConflictException {
    return new ConflictException({
      title: 'Tilbuddet er ændret af en anden',
      detail: `Du redigerede version ${version}, men en nyere version er gemt i mellemtiden. Hent den nye version og gem igen.`,
      current: offerView(before),
    });
  }

  private async checkReferences(fields: Partial<OfferFieldsDto>): Promise<void> {
    if (fields.organizationId && !(await this.organizations.findById(fields.organizationId))) {
      throw badField('organizationId', `Organisationen ${fields.organizationId} findes ikke.`);
    }
    if (!fields.termIds?.length) return;
    const found = await this.taxonomy.termsByIds(fields.termIds);
    const unknown = fields.termIds.filter((id) => !found.some((term) => term.id === id));
    if (unknown.length) throw badField('termIds', `Emneordene findes ikke: ${unknown.join(', ')}.`);
    const derived = found.filter((term) => DERIVED_VOCABULARIES.includes(term.vocabulary));
    if (derived.length) {
      throw badField(
        'termIds',
        `Aldersgruppe og bydel udledes af alder og adresse og kan ikke vælges: ${derived.map((term) => term.name).join(', ')}.`,
      );
    }
  }

  private duplicatesOf(offer: OfferView): Promise<PossibleDuplicate[]> {
    return this.offers.findPossibleDuplicates({
      id: offer.id,
      name: offer.name,
      organizationId: offer.organizationId,
      postcodes: offer.locations.map((location) => location.postalCode),
    });
  }
}

/** What a single field's validation cannot see: how the fields of an offer fit together. */
function checkConsistency(offer: {
  minimumAge?: number | null;
  maximumAge?: number | null;
  isFree?: boolean;
  feeAmount?: number | null;
  feesDescription?: string;
  schedules?: ScheduleInputDto[];
  locations?: LocationInputDto[];
}): void {
  if (offer.minimumAge != null && offer.maximumAge != null && offer.minimumAge > offer.maximumAge) {
    throw badField('maximumAge', 'maximumAge skal være mindst lige så stor som minimumAge.');
  }
  if (offer.isFree === false && offer.feeAmount == null && !offer.feesDescription) {
    throw badField(
      'feeAmount',
      'Et tilbud, der ikke er gratis, skal have en pris (feeAmount eller feesDescription).',
    );
  }
  offer.schedules?.forEach((schedule, index) => {
    if (schedule.opensAt >= schedule.closesAt) {
      throw badField(`schedules.${index}.closesAt`, 'closesAt skal ligge efter opensAt samme dag.');
    }
    if (schedule.validFrom && schedule.validTo && schedule.validFrom > schedule.validTo) {
      throw badField(`schedules.${index}.validTo`, 'validTo må ikke ligge før validFrom.');
    }
  });
  offer.locations?.forEach((location, index) => {
    if ((location.latitude === undefined) !== (location.longitude === undefined)) {
      throw badField(`locations.${index}.longitude`, 'Angiv både latitude og longitude, eller ingen af dem.');
    }
  });
}
