import { Header } from '@nestjs/common';
import type { SearchResult } from './search-result';

/**
 * JSON text of a value of type T, written ahead and sent as it is: a search answer is made of
 * cards the snapshot already holds as JSON, which parsing and writing again would only copy.
 */
export type JsonText<T> = string & { readonly __jsonOf?: T };

/** A search answer before it is written: its cards already JSON, the rest still values. */
export type SearchAnswerParts<Result extends SearchResult = SearchResult> = Omit<Result, 'items'> & {
  items: JsonText<Result['items'][number]>[];
};

/** The answer as JSON text; its cards come last, so a reader sees the total and facets first. */
export function searchAnswerJson<Result extends SearchResult>(
  parts: SearchAnswerParts<Result>,
): JsonText<Result> {
  const { items, ...rest } = parts;
  return `${JSON.stringify(rest).slice(0, -1)},"items":[${items.join(',')}]}`;
}

/** A route whose handler returns JsonText: sent as JSON, as an object would be (Nest sends strings as HTML). */
export function SendsJsonText(): MethodDecorator {
  return Header('Content-Type', 'application/json; charset=utf-8');
}
