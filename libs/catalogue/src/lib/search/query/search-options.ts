/** How the search module is configured by the application. */
export interface SearchOptions {
  /**
   * Whether whole answers are reused per tenant, generation and query. Off, every search is
   * computed (text and word matches and the snapshot are still cached).
   */
  answerReuse: boolean;
}

export const SEARCH_OPTIONS = Symbol('SEARCH_OPTIONS');
