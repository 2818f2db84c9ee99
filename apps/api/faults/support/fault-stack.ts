import { freePort, OwnRedisServer, startRedisServer } from '@socialkompas/testing';
import { HostRequestInit, HostResponse, requestWithHost } from './host-request';
import { OwnPostgres } from './own-postgres';
import {
  ProductionProcess,
  productionEnvironment,
  runCli,
  startApi,
  startWorker,
} from './production-process';

const DATABASE = 'socialkompas';

/**
 * Everything a fault test breaks, of its own: a PostgreSQL cluster and a redis-server on free
 * loopback ports, the platform migrated, a tenant the test creates through the command line and
 * fills with published demo offers, and the production API and worker (as many as asked).
 */
export class FaultStack {
  readonly apis: ProductionProcess[] = [];
  readonly apiPorts: number[] = [];
  readonly workers: ProductionProcess[] = [];

  private constructor(
    readonly postgres: OwnPostgres,
    public redis: OwnRedisServer,
    readonly tenant: string,
  ) {}

  static async start(options: { tenant: string; offers: number }): Promise<FaultStack> {
    const [postgres, redis] = await Promise.all([OwnPostgres.start(), startRedisServer()]);
    await postgres.query('postgres', `CREATE DATABASE ${DATABASE}`);
    const stack = new FaultStack(postgres, redis, options.tenant);
    const env = stack.environment();
    await runCli('cli/migrate.cli.js', [], env);
    await runCli(
      'cli/platform.cli.js',
      [
        'tenant',
        'create',
        '--slug',
        options.tenant,
        '--name',
        `${options.tenant} Kommune`,
        '--kind',
        'municipality',
      ],
      env,
    );
    await runCli('cli/seed.cli.js', ['--tenant', options.tenant, '--offers', String(options.offers)], env);
    return stack;
  }

  /** The environment of every process: this stack's servers, schedules reconciled every 2 s. */
  environment(overrides: Record<string, string> = {}): Record<string, string> {
    return productionEnvironment({
      DATABASE_URL: this.postgres.urlFor(DATABASE),
      REDIS_URL: this.redis.url,
      JOBS_RECONCILE_SECONDS: '2',
      ...overrides,
    });
  }

  async startApi(overrides: Record<string, string> = {}): Promise<string> {
    const port = await freePort();
    this.apis.push(await startApi(this.environment(overrides), port));
    this.apiPorts.push(port);
    return `http://127.0.0.1:${port}`;
  }

  async startWorker(overrides: Record<string, string> = {}): Promise<ProductionProcess> {
    const worker = await startWorker(this.environment(overrides));
    this.workers.push(worker);
    return worker;
  }

  /** A request to an API instance on the tenant's host, as a browser at <slug>.localhost sends it. */
  fetch(baseUrl: string, path: string, init: HostRequestInit = {}): Promise<HostResponse> {
    return requestWithHost(`${baseUrl}${path}`, `${this.tenant}.localhost`, init);
  }

  query<T = Record<string, unknown>>(sql: string, parameters: unknown[] = []): Promise<T[]> {
    return this.postgres.query<T>(DATABASE, sql, parameters);
  }

  /** Replaces Redis with an empty one on the same port, after killing it. */
  async restartRedisEmpty(): Promise<void> {
    await this.redis.kill();
    this.redis = await startRedisServer(this.redis.port);
  }

  async stop(): Promise<void> {
    await Promise.all([...this.apis, ...this.workers].map((child) => child.stop()));
    await this.redis.stop();
    await this.postgres.destroy();
  }
}
