import { setImmediate } from 'node:timers/promises';

/**
 * Lets the API's other requests in between two chunks of an import's work: reading, checking
 * and writing a 20,000-row file never holds the event loop for more than one chunk.
 */
export function yieldToEventLoop(): Promise<void> {
  return setImmediate();
}

/** The rows per chunk of synchronous work (parsing, checking) between two yields. */
export const CHUNK_ROWS = 500;
