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

/**
 * For a server the test run started and deletes afterwards (never a shared one), which needs no
 * durability: fsync=off (the embedded server already starts with it), no full-page images in the
 * WAL, and no waiting for the WAL at commit. All three take effect on a reload. The benchmarks
 * keep the server as it starts, so their figures stay comparable.
 */
export async function tuneThrowawayServer(adminUrl: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query('ALTER SYSTEM SET fsync = off');
    await client.query('ALTER SYSTEM SET full_page_writes = off');
    await client.query('ALTER SYSTEM SET synchronous_commit = off');
    await client.query('SELECT pg_reload_conf()');
  } finally {
    await client.end();
  }
}

/**
 * Settings for every session of a test run, as the `options` of its connection URL, so they
 * reach every connection made from it (the app's pool, the admin connections, the CLIs and the
 * API started as child processes) and nothing else on a shared server: a commit does not wait
 * for its WAL to reach the disk. A crash of the server can lose the last commits of a test
 * database, never corrupt it. Options already in the URL are kept.
 */
export function withTestSessionSettings(url: string): string {
  const parsed = new URL(url);
  const given = parsed.searchParams.get('options');
  const ours = '-c synchronous_commit=off';
  parsed.searchParams.set('options', given ? `${given} ${ours}` : ours);
  return parsed.toString();
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
