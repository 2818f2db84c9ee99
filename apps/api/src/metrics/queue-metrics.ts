import { Injectable } from '@nestjs/common';
import { Gauge } from 'prom-client';
import { MetricsRegistry } from '@socialkompas/http';
import { JobRunner, QueueState } from '@socialkompas/jobs';

/** A scrape does not wait longer than this for Redis; the queues' gauges are left out then. */
const QUEUE_READ_TIMEOUT_MS = 1000;
const STATES = ['waiting', 'active', 'delayed', 'failed'] as const;

/**
 * Each queue's depth by state and its lag (how long its oldest waiting job has been due), read
 * from Redis at each scrape, and whether Redis answers at all.
 */
@Injectable()
export class QueueMetrics {
  private readonly jobs: Gauge<'queue' | 'state'>;
  private readonly lag: Gauge<'queue'>;
  private readonly redisUp: Gauge | null;

  constructor(
    registry: MetricsRegistry,
    private readonly runner: JobRunner,
  ) {
    this.jobs = new Gauge({
      name: 'socialkompas_queue_jobs',
      help: "A queue's jobs (every tenant's) by state: waiting, active, delayed (scheduled or backing off), failed (kept 30 days)",
      labelNames: ['queue', 'state'],
      registers: [registry],
    });
    this.lag = new Gauge({
      name: 'socialkompas_queue_oldest_waiting_seconds',
      help: "How long the queue's oldest waiting job has been due; 0 when nothing waits",
      labelNames: ['queue'],
      registers: [registry],
    });
    // Not there at all without Redis: a gauge without labels would always show a value.
    this.redisUp =
      runner.mode === 'bullmq'
        ? new Gauge({
            name: 'socialkompas_redis_up',
            help: 'Whether Redis (the queues, the shared rate limits) answers: 1 or 0',
            registers: [registry],
          })
        : null;
    registry.refreshOnScrape('queues', () => this.refresh());
  }

  private async refresh(): Promise<void> {
    this.jobs.reset();
    this.lag.reset();
    const [health, states] = await Promise.all([this.runner.health(), this.statesWithin()]);
    this.redisUp?.set(health === 'up' ? 1 : 0);
    const now = Date.now();
    for (const state of states ?? []) {
      for (const name of STATES) this.jobs.set({ queue: state.queue, state: name }, state[name]);
      const due = state.oldestWaitingDueAt;
      this.lag.set({ queue: state.queue }, due === null ? 0 : Math.max(0, (now - due) / 1000));
    }
  }

  /** The queues' states, or null when Redis does not answer in time. */
  private statesWithin(): Promise<QueueState[] | null> {
    const timeout = new Promise<null>((resolve) =>
      setTimeout(() => resolve(null), QUEUE_READ_TIMEOUT_MS).unref(),
    );
    return Promise.race([this.runner.queueStates().catch(() => null), timeout]);
  }
}
