import { LruCache } from './lru-cache';

/**
 * An LruCache whose entries each belong to one version of an owner: a tenant's search generation,
 * a scope's generations. Once an owner's newer version is stored (or announced with `advance`),
 * its entries of the older one are dropped at once: they can never answer again, and left to age
 * out they would fill the budget under steady editing (every edit is a new generation). Entries
 * for a version older than the owner's current one are not kept at all.
 */
export class VersionedCache<Value> {
  private readonly cache: LruCache<string, Value>;
  /** Per owner: its current version and the keys stored for it. */
  private readonly owners = new Map<string, { version: string; keys: Set<string> }>();

  /** `isNewer(candidate, current)`: whether `candidate` supersedes `current`. */
  constructor(
    maxWeight: number,
    private readonly isNewer: (candidate: string, current: string) => boolean,
  ) {
    this.cache = new LruCache(maxWeight, (key) => this.forget(key));
  }

  get(owner: string, version: string, key: string): Value | undefined {
    return this.cache.get(entryKey(owner, version, key));
  }

  set(owner: string, version: string, key: string, value: Value, weight = 1): void {
    const current = this.advance(owner, version);
    if (current.version !== version) return;
    const stored = entryKey(owner, version, key);
    this.cache.set(stored, value, weight);
    current.keys.add(stored);
  }

  /** The owner is at `version` now: whatever was kept for an older one goes. */
  advance(owner: string, version: string): { version: string; keys: Set<string> } {
    const current = this.owners.get(owner);
    if (current && (current.version === version || !this.isNewer(version, current.version))) return current;
    for (const key of current?.keys ?? []) this.cache.delete(key);
    const next = { version, keys: new Set<string>() };
    this.owners.set(owner, next);
    return next;
  }

  private forget(stored: string): void {
    this.owners.get(ownerOf(stored))?.keys.delete(stored);
  }
}

// The owner comes first and never holds the separator (tenant ids, scope keys), so it can be read back.
const SEPARATOR = '\u0000';

function entryKey(owner: string, version: string, key: string): string {
  return `${owner}${SEPARATOR}${version}${SEPARATOR}${key}`;
}

function ownerOf(stored: string): string {
  return stored.slice(0, stored.indexOf(SEPARATOR));
}

/** Search generations are counters: a larger one is newer. */
export const laterGeneration = (candidate: string, current: string): boolean =>
  BigInt(candidate) > BigInt(current);

/** A scope's versions (its members' generations, a composition) only move on: a different one is newer. */
export const anotherVersion = (candidate: string, current: string): boolean => candidate !== current;
