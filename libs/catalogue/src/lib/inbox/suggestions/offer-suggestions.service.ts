import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { Actor, AuditLog } from '@socialkompas/auth';
import { OffersService } from '../../offers/offers.service';
import { OrganizationsRepository } from '../../organizations/organizations.repository';
import { OrganizationsService } from '../../organizations/organizations.service';
import { resolveTermReferences } from '../../taxonomy/resolve-term-references';
import { DERIVED_VOCABULARIES } from '../../taxonomy/taxonomy.entity';
import { TaxonomyRepository, TermWithVocabulary } from '../../taxonomy/taxonomy.repository';
import { OfferSuggestionDto } from './offer-suggestion.dto';
import {
  OfferSuggestionPageDto,
  OfferSuggestionViewDto,
  SuggestionStatus,
} from './offer-suggestion-view.dto';
import { OfferSuggestionsRepository } from './offer-suggestions.repository';
import { withSuggestedPlace } from './suggested-place';

function badField(field: string, message: string): BadRequestException {
  return new BadRequestException({
    title: 'Ugyldige oplysninger',
    detail: message,
    errors: [{ field, message }],
  });
}

/**
 * The ages an offer gets from the age groups an association chose: age groups are derived from
 * an offer's ages, never chosen for it. An open-ended group leaves that end open.
 */
function agesOf(ageGroups: TermWithVocabulary[]): { minimumAge?: number; maximumAge?: number } {
  if (ageGroups.length === 0) return {};
  const minimums = ageGroups.map((term) => term.minimumAge);
  const maximums = ageGroups.map((term) => term.maximumAge);
  return {
    minimumAge: minimums.includes(null) ? undefined : Math.min(...(minimums as number[])),
    maximumAge: maximums.includes(null) ? undefined : Math.max(...(maximums as number[])),
  };
}

/**
 * Associations' suggestions of new offers. A suggestion stays outside the catalogue until an
 * editor accepts it, which makes it a draft offer for the editor to complete and publish.
 */
@Injectable()
export class OfferSuggestionsService {
  constructor(
    private readonly suggestions: OfferSuggestionsRepository,
    private readonly taxonomy: TaxonomyRepository,
    private readonly organizations: OrganizationsRepository,
    private readonly organizationsService: OrganizationsService,
    private readonly offers: OffersService,
    private readonly auditLog: AuditLog,
  ) {}

  async suggest(suggestion: OfferSuggestionDto): Promise<void> {
    if (!suggestion.email && !suggestion.phone) {
      throw badField('email', 'Angiv email eller phone (eller begge), så redaktionen kan kontakte jer.');
    }
    const termIds = resolveTermReferences(
      suggestion.terms ?? {},
      await this.taxonomy.allTerms(),
      (vocabulary, message) => badField(`terms.${vocabulary}`, message),
    );
    await this.suggestions.insert({
      name: suggestion.name,
      description: suggestion.description,
      organizationName: suggestion.organizationName,
      contactName: suggestion.contactName,
      email: suggestion.email ?? null,
      phone: suggestion.phone ?? null,
      website: suggestion.website ?? null,
      termIds: [...new Set(Object.values(termIds).flat())],
      where: suggestion.where ?? '',
      when: suggestion.when ?? '',
    });
  }

  /**
   * Makes the suggestion a draft offer of the given organisation, else of the one with the
   * suggested name, else of a new draft organisation of that name. The place typed into "where"
   * becomes the draft's place, marked for the editor to check.
   */
  async accept(
    id: string,
    organizationId: string | undefined,
    actor: Actor,
  ): Promise<OfferSuggestionViewDto> {
    const suggestion = await this.pending(id);
    const ownerId = organizationId ?? (await this.organizationNamed(suggestion.organizationName, actor));
    const terms = await this.taxonomy.termsByIds(suggestion.terms.map((term) => term.id));
    const { offer } = await this.offers.create(
      {
        organizationId: ownerId,
        name: suggestion.name,
        description: suggestion.description,
        url: suggestion.website ?? undefined,
        scheduleDescription: suggestion.when,
        termIds: terms
          .filter((term) => !DERIVED_VOCABULARIES.includes(term.vocabulary))
          .map((term) => term.id),
        ...agesOf(terms.filter((term) => term.vocabulary === 'age_group')),
        // The place as the association typed it: the editor checks it before publishing.
        locations: suggestion.place ? [suggestion.place] : [],
        // The suggester's own details were given to talk about the suggestion, not to be
        // published: the editor adds the offer's contact on purpose.
      },
      actor,
      { placesNeedCheck: true },
    );
    await this.suggestions.decide(id, { status: 'accepted', offerId: offer.id }, actor.label);
    await this.auditLog.record({
      entityType: 'offer_suggestion',
      entityId: id,
      entityLabel: suggestion.name,
      action: 'accept',
      actor,
      changes: { offerId: offer.id, organizationId: ownerId },
    });
    return this.view(id);
  }

  /** Oldest first, each with the place its "where" names. */
  async page(query: {
    state: SuggestionStatus | 'all';
    page: number;
    size: number;
  }): Promise<OfferSuggestionPageDto> {
    const page = await this.suggestions.page(query);
    return { ...page, items: page.items.map(withSuggestedPlace) };
  }

  async reject(id: string, reason: string, actor: Actor): Promise<OfferSuggestionViewDto> {
    const suggestion = await this.pending(id);
    await this.suggestions.decide(id, { status: 'rejected', reason }, actor.label);
    await this.auditLog.record({
      entityType: 'offer_suggestion',
      entityId: id,
      entityLabel: suggestion.name,
      action: 'reject',
      actor,
      changes: { reason },
    });
    return this.view(id);
  }

  /** The suggestion, locked for the decision, or 404 / 409 when there is none to decide. */
  private async pending(id: string): Promise<OfferSuggestionViewDto> {
    const status = await this.suggestions.lockStatus(id);
    if (status === null) {
      throw new NotFoundException({
        title: 'Forslaget findes ikke',
        detail: `Der er intet forslag med id ${id}.`,
      });
    }
    if (status !== 'pending') {
      throw new ConflictException({
        title: 'Forslaget er allerede behandlet',
        detail: `Forslaget er allerede ${status === 'accepted' ? 'godkendt' : 'afvist'}.`,
        current: await this.view(id),
      });
    }
    return this.view(id);
  }

  private async view(id: string): Promise<OfferSuggestionViewDto> {
    const suggestion = await this.suggestions.findById(id);
    if (!suggestion) throw new Error(`Offer suggestion ${id} vanished inside its own unit of work.`);
    return withSuggestedPlace(suggestion);
  }

  private async organizationNamed(name: string, actor: Actor): Promise<string> {
    const existing = await this.organizations.findByName(name);
    return (existing ?? (await this.organizationsService.create({ name }, actor))).id;
  }
}
