import { Injectable } from '@nestjs/common';
import type { NetworkTenant } from '@socialkompas/tenancy';
import { anotherVersion, VersionedCache } from '../query/versioned-cache';
import type { SearchSnapshot } from '../query/search-snapshot';
import { ComposedText } from './scope-composed-text';
import { composeScopeSnapshot, ScopeSnapshot } from './scope-snapshot';

/** Composed text matches kept across all scopes, in ordinals (8 bytes each). */
const TEXT_MATCH_BUDGET = 4_000_000;

/**
 * The composed snapshot of each scope this process searches, one per scope and audience, and
 * the texts searched over it. A composed snapshot is kept while every member is at the same
 * generation; the first search that finds one moved on composes it again, which drops the
 * superseded one and the texts searched over it.
 */
@Injectable()
export class ScopeSnapshots {
  private readonly composed = new Map<string, ScopeSnapshot>();
  private readonly texts = new VersionedCache<ComposedText>(TEXT_MATCH_BUDGET, anotherVersion);
  /** The scope key each composed snapshot was made for: its texts belong to that scope. */
  private readonly scopeKeys = new WeakMap<ScopeSnapshot, string>();
  private composedSoFar = 0;
  /** The generations each composed snapshot was last found to be at, as the array they were read in. */
  private readonly vouchedFor = new WeakMap<ScopeSnapshot, string[]>();

  /** The scope's composed snapshot if its members are these tenants at these generations. */
  atGenerations(key: string, members: NetworkTenant[], generations: string[]): ScopeSnapshot | undefined {
    const cached = this.composed.get(key);
    if (!cached) return undefined;
    // The scope's generations are one array for as long as they are trusted (ScopeGenerations).
    if (this.vouchedFor.get(cached) === generations) return cached;
    const current =
      cached.members.length === members.length &&
      cached.members.every(
        ({ snapshot }, index) =>
          snapshot.tenantId === members[index].tenant.id && snapshot.generation === generations[index],
      );
    if (!current) return undefined;
    this.vouchedFor.set(cached, generations);
    return cached;
  }

  /** Composes the members' snapshots (what the host hides left out), and keeps the result for the scope. */
  compose(
    key: string,
    parts: { member: NetworkTenant; snapshot: SearchSnapshot }[],
    hidden: ReadonlySet<string>,
  ): ScopeSnapshot {
    this.composedSoFar += 1;
    const snapshot = composeScopeSnapshot(`${key}#${this.composedSoFar}`, parts, hidden);
    this.composed.set(key, snapshot);
    this.scopeKeys.set(snapshot, key);
    this.texts.advance(key, snapshot.id);
    return snapshot;
  }

  knownText(composed: ScopeSnapshot, words: string[]): ComposedText | undefined {
    return this.texts.get(this.scopeKeyOf(composed), composed.id, words.join(' '));
  }

  rememberText(composed: ScopeSnapshot, words: string[], text: ComposedText): void {
    this.texts.set(
      this.scopeKeyOf(composed),
      composed.id,
      words.join(' '),
      text,
      Math.max(1, text.matches?.ordinals.length ?? 0),
    );
  }

  private scopeKeyOf(composed: ScopeSnapshot): string {
    return this.scopeKeys.get(composed) ?? composed.id;
  }
}
