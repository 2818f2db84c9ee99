import type { TermWithVocabulary } from './taxonomy.repository';
import { VOCABULARIES, Vocabulary } from './taxonomy.entity';

/** A term as a client names it: its code (`ensomhed`) or its id. */
export const TERM_REFERENCE = /^[a-z0-9][a-z0-9-]{0,59}$|^[0-9a-f-]{36}$/;

/**
 * Terms named by code or id, per vocabulary, as ids of the tenant's own terms. A name the
 * vocabulary does not know becomes the error `unknownTerm` makes for that vocabulary.
 */
export function resolveTermReferences(
  selection: Partial<Record<Vocabulary, string[]>>,
  terms: TermWithVocabulary[],
  unknownTerm: (vocabulary: Vocabulary, message: string) => Error,
): Record<Vocabulary, string[]> {
  const resolved = {} as Record<Vocabulary, string[]>;
  for (const vocabulary of VOCABULARIES) {
    resolved[vocabulary] = (selection[vocabulary] ?? []).map((value) => {
      const term = terms.find(
        (candidate) =>
          candidate.vocabulary === vocabulary && (candidate.code === value || candidate.id === value),
      );
      if (!term) throw unknownTerm(vocabulary, unknownTermMessage(vocabulary, value));
      return term.id;
    });
  }
  return resolved;
}

export function unknownTermMessage(vocabulary: Vocabulary, reference: string): string {
  return `${vocabulary} kender ikke "${reference}". Se GET /api/v1/taxonomy.`;
}
