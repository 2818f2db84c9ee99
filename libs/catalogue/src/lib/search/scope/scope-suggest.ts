import { Injectable } from '@nestjs/common';
import { PublishedReadPath, SearchScope } from '@socialkompas/tenancy';
import { SearchSnapshots } from '../query/search-snapshots';
import { autocomplete, mergeSuggestions, Suggestion } from '../suggest/autocomplete';
import { HostHiddenOffers, NOTHING_HIDDEN } from './host-hidden-offers';
import { inParallel } from './in-parallel';
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
    const [hostGeneration] = await this.generations.of(scope);
    const hidden = await this.hiddenOffers.of(scope, hostGeneration);
    const lists = await inParallel(scope.members, MEMBERS_AT_ONCE, async ({ tenant }) => {
      // A snapshot checked within the last second needs no unit of work at all.
      const snapshot =
        this.snapshots.fresh(tenant.id) ?? (await this.readPath.read(tenant, () => this.snapshots.current()));
      const memberHidden = tenant.kind === 'national' ? hidden : NOTHING_HIDDEN;
      return autocomplete(snapshot, typed, perKind + memberHidden.size).filter(
        (suggestion) => suggestion.type === 'term' || !memberHidden.has(suggestion.id),
      );
    });
    return mergeSuggestions(lists, typed, perKind);
  }
}
