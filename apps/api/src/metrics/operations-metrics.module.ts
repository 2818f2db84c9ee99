import { DynamicModule, Module, OnModuleInit } from '@nestjs/common';
import { collectDefaultMetrics } from 'prom-client';
import { MetricsRegistry } from '@socialkompas/http';
import { DatabasePoolMetrics } from './database-pool-metrics';
import { METRICS_TOKEN, MetricsController } from './metrics.controller';
import { QueueMetrics } from './queue-metrics';
import { TenantMetrics } from './tenant-metrics';

/**
 * `/metrics` and what only the application can read at scrape time: the database pool, the
 * queues, each tenant's last successful jobs and unsent mail, and the process itself (memory,
 * CPU, event loop lag, GC). HTTP latency is measured by httpRequestMetrics, search by the
 * catalogue; all into the one MetricsRegistry.
 */
@Module({})
export class OperationsMetricsModule implements OnModuleInit {
  constructor(private readonly registry: MetricsRegistry) {}

  static register(token: string | undefined): DynamicModule {
    return {
      module: OperationsMetricsModule,
      controllers: [MetricsController],
      providers: [
        { provide: METRICS_TOKEN, useValue: token },
        DatabasePoolMetrics,
        QueueMetrics,
        TenantMetrics,
      ],
    };
  }

  onModuleInit(): void {
    collectDefaultMetrics({ register: this.registry });
  }
}
