/**
 * A least-recently-used cache bounded by the summed weight of its entries (e.g. how many offer
 * ordinals a text match holds), so a few huge entries cannot take the process's memory.
 */
export class LruCache<Key, Value> {
  private readonly entries = new Map<Key, { value: Value; weight: number }>();
  private weight = 0;

  /** `onEvict` hears of every entry pushed out by the budget (not of those deleted or replaced). */
  constructor(
    private readonly maxWeight: number,
    private readonly onEvict?: (key: Key) => void,
  ) {}

  get(key: Key): Value | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: Key, value: Value, weight = 1): void {
    this.delete(key);
    this.entries.set(key, { value, weight });
    this.weight += weight;
    for (const [oldest, entry] of this.entries) {
      if (this.weight <= this.maxWeight || this.entries.size === 1) break;
      this.entries.delete(oldest);
      this.weight -= entry.weight;
      this.onEvict?.(oldest);
    }
  }

  delete(key: Key): void {
    const existing = this.entries.get(key);
    if (!existing) return;
    this.weight -= existing.weight;
    this.entries.delete(key);
  }
}
