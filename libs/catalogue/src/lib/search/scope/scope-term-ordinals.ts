import type { SearchSnapshot } from '../query/search-snapshot';
import type { TermOrdinals } from '../query/term-facets';

/**
 * Shared ordinals for the terms of every tenant a scope search reads, one per (vocabulary, code),
 * held for the process's life (the vocabularies are small). Each snapshot's terms are mapped once,
 * when first searched: a patched snapshot keeps its terms and so its mapping.
 */
export class ScopeTermOrdinals implements TermOrdinals {
  private readonly byCode = new Map<string, number>();
  private readonly byTerms = new WeakMap<SearchSnapshot['terms'], Uint32Array>();

  get size(): number {
    return this.byCode.size;
  }

  of({ terms }: SearchSnapshot): Uint32Array {
    let ordinals = this.byTerms.get(terms);
    if (!ordinals) {
      ordinals = Uint32Array.from(terms, ({ vocabulary, code }) => this.ordinalOf(`${vocabulary}:${code}`));
      this.byTerms.set(terms, ordinals);
    }
    return ordinals;
  }

  private ordinalOf(key: string): number {
    let ordinal = this.byCode.get(key);
    if (ordinal === undefined) {
      ordinal = this.byCode.size;
      this.byCode.set(key, ordinal);
    }
    return ordinal;
  }
}
