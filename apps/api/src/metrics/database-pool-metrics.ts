import { Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { Gauge } from 'prom-client';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { MetricsRegistry } from '@socialkompas/http';

/** The connection pool all tenants share, read at each scrape: how full it is, and who waits. */
@Injectable()
export class DatabasePoolMetrics {
  constructor(registry: MetricsRegistry, dataSource: DataSource) {
    const pool = () => (dataSource.driver as PostgresDriver).master as Pool | undefined;
    new Gauge({
      name: 'socialkompas_database_pool_connections',
      help: "The database pool's open connections: in_use by a request or job, or idle",
      labelNames: ['state'],
      registers: [registry],
      collect() {
        const { totalCount = 0, idleCount = 0 } = pool() ?? {};
        this.set({ state: 'in_use' }, totalCount - idleCount);
        this.set({ state: 'idle' }, idleCount);
      },
    });
    new Gauge({
      name: 'socialkompas_database_pool_waiting',
      help: 'Requests and jobs waiting for a connection because the pool is fully in use',
      registers: [registry],
      collect() {
        this.set(pool()?.waitingCount ?? 0);
      },
    });
    new Gauge({
      name: 'socialkompas_database_pool_max_connections',
      help: 'The most connections the pool opens (DATABASE_POOL_SIZE)',
      registers: [registry],
      collect() {
        this.set(pool()?.options.max ?? 0);
      },
    });
  }
}
