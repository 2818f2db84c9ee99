import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import {
  EmbeddedPostgresServer,
  ensureDatabase,
  startEmbeddedPostgres,
} from '../../../apps/api/src/embedded/embedded-postgres';

export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

async function answers(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

/**
 * The PostgreSQL server tests and benchmarks use: DATABASE_URL, else the local default, else
 * (when nothing answers there) an embedded server started for this process.
 */
export async function acquireDatabaseServer(): Promise<{
  adminUrl: string;
  embedded?: EmbeddedPostgresServer;
}> {
  const configured = process.env.DATABASE_URL;
  if (configured || (await answers(DEFAULT_DATABASE_URL)))
    return { adminUrl: configured ?? DEFAULT_DATABASE_URL };
  const port = 55000 + (process.pid % 1000);
  console.log(`\nNo PostgreSQL at ${DEFAULT_DATABASE_URL}: starting an embedded one on port ${port}.`);
  const embedded = await startEmbeddedPostgres({
    dataDir: join(tmpdir(), `socialkompas-pg-${process.pid}`, 'data'),
    port,
    persistent: false,
  });
  return { adminUrl: embedded.urlFor('postgres'), embedded };
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** Runs `work` against a new database `name` on the server, dropped afterwards whatever happens. */
export async function withThrowawayDatabase<T>(
  adminUrl: string,
  name: string,
  work: (url: string) => Promise<T>,
): Promise<T> {
  await ensureDatabase(adminUrl, name);
  try {
    return await work(withDatabase(adminUrl, name));
  } finally {
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}
