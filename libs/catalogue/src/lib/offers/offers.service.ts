import { ConflictException, Injectable } from '@nestjs/common';
import { Actor, AuditEntry, AuditLog, changedFields } from '@socialkompas/auth';
import { danishToday } from '@socialkompas/denmark';
import { badField } from '@socialkompas/http';

import { LifecycleAction, nextStatus } from '../core/lifecycle/lifecycle';
import { Organization } from '../organizations/organization.entity';
import { OrganizationsRepository } from '../organizations/organizations.repository';
import { OrganizationsService } from '../organizations/organizations.service';
import { TaxonomyRepository } from '../taxonomy/taxonomy.repository';
import { DERIVED_VOCABULARIES } from '../taxonomy/taxonomy.entity';
import { NAME_MAX_LENGTH, OfferFieldsDto } from './dto/offer-fields.dto';
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
import { offerNotFound } from './offer-not-found';

/** Publishing would give citizens nothing to find: the organisation must be published too. */
function organizationNotPublished(organization: Organization): ConflictException {
  const name = `«${organization.name}»`;
  return new ConflictException({
    title: 'Foreningen er ikke offentliggjort',
    detail:
      organization.status === 'archived'
        ? `Foreningen ${name} er arkiveret, så borgerne kan ikke finde dens tilbud. Genåbn og offentliggør foreningen under Foreninger, og offentliggør så tilbuddet.`
        : `Foreningen ${name} er ikke offentliggjort, så borgerne kan ikke finde tilbuddet. Offentliggør foreningen og tilbuddet sammen, eller offentliggør foreningen først under Foreninger.`,
    organization: {
      id: organization.id,
      name: organization.name,
      status: organization.status,
      version: organization.version,
    },
  });
}

/** Editorial work on offers: every write checks its input, keeps the search index true and is logged. */
@Injectable()
export class OffersService {
  constructor(
    private readonly offers: OffersRepository,
    private readonly organizations: OrganizationsRepository,
    private readonly organizationsService: OrganizationsService,
    private readonly taxonomy: TaxonomyRepository,
    private readonly searchIndex: SearchIndex,
    private readonly auditLog: AuditLog,
  ) {}

  async getPublished(id: string): Promise<PublicOfferView> {
    const offer = await this.offers.findById(id, ['published']);
    // An offer is public only while its organisation is too.
    if (offer?.organization?.status !== 'published') throw offerNotFound();
    return publicOfferView(offer);
  }

  async getForEditor(id: string): Promise<OfferView> {
    return offerView(await this.load(id));
  }

  async list(query: OfferListCriteria): Promise<OfferPage> {
    const { items, total } = await this.offers.page(query);
    return { items: items.map(offerView), total, page: query.page, size: query.size };
  }

  /**
   * `placesNeedCheck`: the places are someone else's words (a suggestion's), for an editor to check.
   * `copiedFrom` marks a duplicate: the change history of the new offer says which one it copies.
   */
  async create(
    fields: OfferFieldsDto,
    actor: Actor,
    { placesNeedCheck = false, copiedFrom }: { placesNeedCheck?: boolean; copiedFrom?: string } = {},
  ): Promise<SavedOffer> {
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
      placesNeedCheck,
    );
    await this.searchIndex.refresh([id]);
    const offer = offerView(await this.load(id));
    await this.auditLog.record({
      entityType: 'offer',
      entityId: id,
      entityLabel: offer.name,
      action: 'create',
      actor,
      changes: copiedFrom ? { ...offer, copiedFrom } : { ...offer },
    });
    return { offer, possibleDuplicates: await this.duplicatesOf(offer) };
  }

  /** A new draft with all the offer has, places, times, contacts and topics included. */
  async duplicate(id: string, actor: Actor): Promise<SavedOffer> {
    return this.create(fieldsOfCopy(await this.load(id)), actor, { copiedFrom: id });
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
   * offer in review is sent back, goes into the offer's change history. Publishing an offer of an
   * unpublished organisation is refused, since citizens would not find it, unless
   * `publishOrganization` asks to publish the organisation too, in this same transaction.
   */
  async transition(
    id: string,
    action: LifecycleAction,
    version: number,
    actor: Actor,
    { reason, publishOrganization }: { reason?: string; publishOrganization?: boolean } = {},
  ): Promise<OfferView> {
    await this.offers.lock(id);
    const before = await this.load(id);
    const status = nextStatus(action, before.status);
    const organization = before.organization;
    const organizationToPublish =
      action === 'publish' && organization && organization.status !== 'published' ? organization : undefined;
    if (organizationToPublish && (!publishOrganization || organizationToPublish.status === 'archived')) {
      throw organizationNotPublished(organizationToPublish);
    }
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
    if (organizationToPublish)
      await this.organizationsService.publishWithOffer(organizationToPublish.id, actor);
    await this.searchIndex.markChanged(organizationToPublish ? undefined : [id]);
    await this.auditLog.record({
      entityType: 'offer',
      entityId: id,
      entityLabel: before.name,
      action,
      actor,
      changes: {
        status: { from: before.status, to: status },
        ...(reason ? { reason } : {}),
        ...(organizationToPublish ? { publishedWithOrganization: organizationToPublish.id } : {}),
      },
    });
    return offerView(await this.load(id));
  }

  history(id: string): Promise<AuditEntry[]> {
    return this.load(id).then(() => this.auditLog.history('offer', id));
  }

  private async load(id: string): Promise<Offer> {
    const offer = await this.offers.findById(id);
    if (!offer) throw offerNotFound();
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
      throw badField('organizationId', `Forening: der er ingen forening med id ${fields.organizationId}.`);
    }
    if (!fields.termIds?.length) return;
    const found = await this.taxonomy.termsByIds(fields.termIds);
    const unknown = fields.termIds.filter((id) => !found.some((term) => term.id === id));
    if (unknown.length) throw badField('termIds', `Emner: disse emner findes ikke: ${unknown.join(', ')}.`);
    const derived = found.filter((term) => DERIVED_VOCABULARIES.includes(term.vocabulary));
    if (derived.length) {
      throw badField(
        'termIds',
        `Emner: aldersgruppe og bydel udledes af alder og adresse og kan ikke vælges: ${derived.map((term) => term.name).join(', ')}.`,
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

const COPY_SUFFIX = ' (kopi)';

/** An offer's editable fields as a new offer would get them: the same, named as a copy. */
function fieldsOfCopy(offer: Offer): OfferFieldsDto {
  const nullAsMissing = <T>(value: T | null) => value ?? undefined;
  return {
    organizationId: offer.organizationId,
    name: offer.name.slice(0, NAME_MAX_LENGTH - COPY_SUFFIX.length) + COPY_SUFFIX,
    alternateName: nullAsMissing(offer.alternateName),
    summary: offer.summary,
    description: offer.description,
    url: nullAsMissing(offer.url),
    email: nullAsMissing(offer.email),
    phone: nullAsMissing(offer.phone),
    applicationProcess: offer.applicationProcess,
    eligibilityDescription: offer.eligibilityDescription,
    isFree: offer.isFree,
    feeAmount: nullAsMissing(offer.feeAmount),
    feesDescription: offer.feesDescription,
    referralRequired: offer.referralRequired,
    anonymous: offer.anonymous,
    attendingTypes: offer.attendingTypes,
    languages: offer.languages,
    minimumAge: nullAsMissing(offer.minimumAge),
    maximumAge: nullAsMissing(offer.maximumAge),
    scheduleDescription: offer.scheduleDescription,
    termIds: (offer.terms ?? [])
      .filter((term) => !DERIVED_VOCABULARIES.some((vocabulary) => vocabulary === term.taxonomy?.code))
      .map((term) => term.id),
    locations: (offer.locations ?? []).map((location) => ({
      name: location.name,
      address1: location.address1,
      postalCode: location.postalCode,
      city: location.city,
      latitude: nullAsMissing(location.latitude),
      longitude: nullAsMissing(location.longitude),
      accessibility: location.accessibility,
      transportation: location.transportation,
    })),
    schedules: (offer.schedules ?? []).map((schedule) => ({
      byday: schedule.byday,
      opensAt: schedule.opensAt.slice(0, 5),
      closesAt: schedule.closesAt.slice(0, 5),
      validFrom: nullAsMissing(schedule.validFrom),
      validTo: nullAsMissing(schedule.validTo),
      description: schedule.description,
    })),
    contacts: [...(offer.contacts ?? [])]
      .sort((a, b) => a.position - b.position)
      .map((contact) => ({
        name: contact.name,
        title: contact.title,
        email: nullAsMissing(contact.email),
        phone: nullAsMissing(contact.phone),
      })),
  };
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
    throw badField('maximumAge', 'Alder til skal være mindst lige så høj som Alder fra.');
  }
  // A citizen must be able to read what it costs; an amount alone says nothing of per what.
  if (offer.isFree === false && !offer.feesDescription?.trim()) {
    throw badField('feesDescription', 'Pris skal udfyldes, når tilbuddet ikke er gratis.');
  }
  offer.schedules?.forEach((schedule, index) => {
    if (schedule.opensAt >= schedule.closesAt) {
      throw badField(`schedules.${index}.closesAt`, `Tid ${index + 1}: Til skal ligge efter Fra samme dag.`);
    }
    if (schedule.validFrom && schedule.validTo && schedule.validFrom > schedule.validTo) {
      throw badField(
        `schedules.${index}.validTo`,
        `Tid ${index + 1}: Gælder til må ikke ligge før Gælder fra.`,
      );
    }
  });
  offer.locations?.forEach((location, index) => {
    if ((location.latitude === undefined) !== (location.longitude === undefined)) {
      throw badField(
        `locations.${index}.longitude`,
        `Sted ${index + 1}: Angiv både breddegrad og længdegrad, eller ingen af dem.`,
      );
    }
  });
}
