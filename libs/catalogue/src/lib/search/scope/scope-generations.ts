import { Injectable } from '@nestjs/common';
import { PublishedReadPath, SearchScope } from '@socialkompas/tenancy';
import { SearchIndexChanges } from '../index/search-index-changes';

/**
 * How long a scope's generations are trusted before they are read again: the same second as one
 * tenant's snapshot (SearchSnapshots). An edit made by another process shows in a scope's search
 * within this second (and the time to rebuild that member's snapshot); one made through this
 * process in the next search.
 */
const GENERATION_RECHECK_MS = 1000;
/** Scopes are few (one per host, and per nearby variant); the map is emptied rather than left to grow. */
const MAX_SCOPES = 10_000;

/**
 * Every member's `search_state.generation` per scope, read for all members in one statement
 * through the read path: together they are the version of everything a scope's answer depends on
 * (a municipality hiding a national offer moves its own generation).
 */
@Injectable()
export class ScopeGenerations {
  private readonly vectors = new Map<string, { generations: string[]; checkedAt: number }>();
  private readonly loading = new Map<string, Promise<string[]>>();
  /** Per tenant: until when its generation must be read afresh (a change is being committed). */
  private readonly recheckUntil = new Map<string, number>();

  constructor(
    private readonly readPath: PublishedReadPath,
    changes: SearchIndexChanges,
  ) {
    changes.subscribe((tenantId) => {
      const until = Date.now() + GENERATION_RECHECK_MS;
      this.recheckUntil.set(tenantId, until);
      this.anyRecheckUntil = Math.max(this.anyRecheckUntil, until);
    });
  }

  /** The latest of recheckUntil's times: once past, no member needs to be looked up there. */
  private anyRecheckUntil = 0;

  /** The members' generations, in the scope's order. */
  async of(scope: SearchScope): Promise<string[]> {
    const now = Date.now();
    const cached = this.vectors.get(scope.key);
    if (
      cached &&
      now - cached.checkedAt < GENERATION_RECHECK_MS &&
      (now >= this.anyRecheckUntil ||
        scope.members.every(({ tenant }) => now >= (this.recheckUntil.get(tenant.id) ?? 0)))
    ) {
      return cached.generations;
    }
    let loading = this.loading.get(scope.key);
    if (!loading) {
      const checkedAt = now;
      loading = this.readPath
        .generations(scope.members.map((member) => member.tenant))
        .then((generations) => {
          if (this.vectors.size >= MAX_SCOPES) this.vectors.clear();
          this.vectors.set(scope.key, { generations, checkedAt });
          return generations;
        })
        .finally(() => this.loading.delete(scope.key));
      this.loading.set(scope.key, loading);
    }
    return loading;
  }
}
