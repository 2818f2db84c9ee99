import { Injectable } from '@nestjs/common';
import { Counter, Histogram } from 'prom-client';
import { MetricsRegistry } from '@socialkompas/http';

/**
 * The caches a search may answer from: `snapshot` the tenant's in-memory offers, `text` and
 * `words` what PostgreSQL matched for a text or a spelling, `answer` a whole answer of one
 * tenant, `scope_answer` one over several tenants.
 */
export type SearchCache = 'snapshot' | 'text' | 'words' | 'answer' | 'scope_answer';

/** What search measures for /metrics: its latency, and how often each cache spares the work. */
@Injectable()
export class SearchMetrics {
  private readonly duration: Histogram<'operation' | 'scope'>;
  private readonly lookups: Counter<'cache' | 'outcome'>;

  constructor(registry: MetricsRegistry) {
    this.duration = new Histogram({
      name: 'socialkompas_search_duration_seconds',
      help: "A search's or autocomplete's time in the search service, over one tenant or several",
      labelNames: ['operation', 'scope'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    });
    this.lookups = new Counter({
      name: 'socialkompas_search_cache_lookups_total',
      help: 'Look-ups in the search caches, by cache and whether they found the entry (hit) or not (miss)',
      labelNames: ['cache', 'outcome'],
      registers: [registry],
    });
  }

  /** Runs a search or an autocomplete, timed. */
  async timed<T>(
    operation: 'search' | 'suggest',
    scope: 'tenant' | 'network',
    work: () => Promise<T>,
  ): Promise<T> {
    const end = this.duration.startTimer({ operation, scope });
    try {
      return await work();
    } finally {
      end();
    }
  }

  /** Counts a look-up; returns `found` so it wraps the look-up's result in place. */
  lookedUp<T>(cache: SearchCache, found: T): T {
    this.lookups.inc({ cache, outcome: found === undefined ? 'miss' : 'hit' });
    return found;
  }
}
