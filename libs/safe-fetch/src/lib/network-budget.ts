import { SafeFetchError, timedOut } from './safe-fetch-error';

/**
 * The time one piece of outbound work (a link check, say, with its redirects) may spend on DNS and
 * requests together. Only time inside `spend` counts: waiting for a turn at a busy host does not,
 * as that is our own politeness, not the site's slowness.
 */
export class NetworkBudget {
  private spentMs = 0;

  constructor(private readonly totalMs: number) {}

  /** Runs `work` with what is left of the budget; refuses to start when nothing is. */
  async spend<T>(work: (remainingMs: number) => Promise<T>): Promise<T> {
    const remainingMs = this.totalMs - this.spentMs;
    if (remainingMs <= 0) throw this.exhausted();
    const started = performance.now();
    try {
      return await work(remainingMs);
    } finally {
      this.spentMs += performance.now() - started;
    }
  }

  /** What work that outlasts the budget fails with. */
  exhausted(): SafeFetchError {
    return timedOut('timeout', this.totalMs);
  }
}
