import { Global, Injectable, Logger, Module } from '@nestjs/common';
import { Registry } from 'prom-client';

/**
 * The application's Prometheus metrics: each lib registers what it measures here
 * (`registers: [registry]`), never in prom-client's global registry, which every application in
 * one process (two API instances in a test) would share and refuse to register twice.
 */
@Injectable()
export class MetricsRegistry extends Registry {
  private readonly logger = new Logger(MetricsRegistry.name);
  private readonly refreshers: { name: string; refresh: () => Promise<void> }[] = [];

  /**
   * Work done at each scrape before the metrics are read: what is read rather than counted as it
   * happens (pools, queues, each tenant's bookkeeping), one read setting several gauges.
   */
  refreshOnScrape(name: string, refresh: () => Promise<void>): void {
    this.refreshers.push({ name, refresh });
  }

  /** The metrics in Prometheus' text format, refreshed. A refresh that fails leaves its gauges out. */
  async scrape(): Promise<string> {
    const outcomes = await Promise.allSettled(this.refreshers.map(({ refresh }) => refresh()));
    outcomes.forEach((outcome, index) => {
      if (outcome.status === 'rejected') {
        this.logger.warn(`Metrics of ${this.refreshers[index].name} not read: ${String(outcome.reason)}`);
      }
    });
    return this.metrics();
  }
}

/** Gives every module the application's MetricsRegistry; imported once, by the app. */
@Global()
@Module({ providers: [MetricsRegistry], exports: [MetricsRegistry] })
export class MetricsModule {}
