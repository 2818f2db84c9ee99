import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { TenancyService, TenantRef } from '@socialkompas/tenancy';
import { OfferSearchRepository, SearchLogEntry } from '../query/offer-search.repository';

const FLUSH_EVERY_MS = 1000;
/** What one tenant's buffer may hold between flushes; the oldest go first. */
const MAX_PENDING = 10_000;

/**
 * Collects searches in memory and writes them in batches, off the search's own path: a search
 * costs no write, and a crash or a database outage loses at most a second of statistics. Statistics flush the asking
 * tenant's buffer first, so they are never behind this process.
 */
@Injectable()
export class SearchLog implements OnModuleDestroy {
  private readonly logger = new Logger(SearchLog.name);
  private readonly pending = new Map<string, { tenant: TenantRef; entries: SearchLogEntry[] }>();
  /** A timed flush being written, per tenant: statistics wait for it rather than miss it. */
  private readonly writing = new Map<string, Promise<unknown>>();
  private readonly timer = setInterval(() => void this.flushAll(), FLUSH_EVERY_MS).unref();

  constructor(
    private readonly tenancy: TenancyService,
    private readonly search: OfferSearchRepository,
  ) {}

  record(tenant: TenantRef, entry: Omit<SearchLogEntry, 'searchedAt'>): void {
    const buffer = this.pending.get(tenant.id) ?? { tenant, entries: [] };
    buffer.entries.push({ ...entry, searchedAt: new Date() });
    if (buffer.entries.length > MAX_PENDING) buffer.entries.shift();
    this.pending.set(tenant.id, buffer);
  }

  /** Writes the current tenant's pending searches in its unit of work. */
  async flushCurrentTenant(): Promise<void> {
    const tenantId = this.tenancy.currentTenant().id;
    await this.writing.get(tenantId);
    const buffer = this.pending.get(tenantId);
    const entries = buffer?.entries.splice(0) ?? [];
    if (entries.length) await this.search.logSearches(entries);
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.flushAll();
  }

  private async flushAll(): Promise<void> {
    for (const { tenant, entries } of this.pending.values()) {
      const batch = entries.splice(0);
      if (batch.length === 0) continue;
      const write = this.tenancy.run(tenant, () => this.search.logSearches(batch));
      this.writing.set(
        tenant.id,
        write.catch(() => undefined),
      );
      try {
        await write;
      } catch (error) {
        // Statistics are best effort: a batch that cannot be written is dropped, never retried
        // forever, so one bad entry or an outage cannot hold back the searches after it.
        this.logger.warn(`${batch.length} searches of ${tenant.slug} not logged: ${String(error)}`);
      } finally {
        this.writing.delete(tenant.id);
      }
    }
  }
}
