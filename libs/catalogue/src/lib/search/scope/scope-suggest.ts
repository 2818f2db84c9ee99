import { Injectable } from '@nestjs/common';
import { PublishedReadPath, SearchScope } from '@socialkompas/tenancy';
import { SearchSnapshots } from '../query/search-snapshots';
import { autocomplete, mergeSuggestions, Suggestion } from '../suggest/autocomplete';
import { HostHiddenOffers, NOTHING_HIDDEN } from './host-hidden-offers';
import { inParallel } from './in-parallel';
import { memberSnapshot } from './member-snapshot';
import { ScopeGenerations } from './scope-generations';

const MEMBERS_AT_ONCE = 4;

/** Autocomplete over a scope: every member's snapshot, the host's hidden national offers left out. */
@Injectable()
export class ScopeSuggest {
  constructor(
    private readonly readPath: PublishedReadPath,
    private readonly snapshots: SearchSnapshots,
    private readonly generations: ScopeGenerations,
    private readonly hiddenOffers: HostHiddenOffers,
  ) {}

  async suggest(scope: SearchScope, typed: string, perKind: number): Promise<Suggestion[]> {
    const generations = await this.generations.of(scope);
    const hidden = await this.hiddenOffers.of(scope, generations[0]);
    const lists = await inParallel(scope.members, MEMBERS_AT_ONCE, async (member, index) => {
      const { tenant } = member;
      const snapshot = await memberSnapshot(this.readPath, this.snapshots, member, generations[index]);
      const memberHidden = tenant.kind === 'national' ? hidden : NOTHING_HIDDEN;
      return autocomplete(snapshot, typed, perKind + memberHidden.size).filter(
        (suggestion) => suggestion.type === 'term' || !memberHidden.has(suggestion.id),
      );
    });
    return mergeSuggestions(lists, typed, perKind);
  }
}
