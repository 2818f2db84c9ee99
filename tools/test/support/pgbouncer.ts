import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, chownSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort } from './free-port';

export interface OwnPgBouncer {
  /** The database's URL through the pooler. */
  url: string;
  stop(): Promise<void>;
}

/** Whether Debian's `pgbouncer` is installed. */
export function hasPgBouncer(): boolean {
  return spawnSync('sh', ['-c', 'command -v pgbouncer']).status === 0;
}

/**
 * A PgBouncer of the test's own on a free loopback port in front of `databaseUrl`'s database, in
 * transaction mode with `serverConnections` server connections: consecutive transactions of one
 * client may land on different PostgreSQL sessions, as in a production pooler. Trust auth, for the
 * trust-auth test server only. As root it runs as the `postgres` user (PgBouncer refuses root).
 */
export async function startPgBouncer(databaseUrl: string, serverConnections = 2): Promise<OwnPgBouncer> {
  const target = new URL(databaseUrl);
  const database = target.pathname.slice(1);
  const user = decodeURIComponent(target.username || 'postgres');
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'socialkompas-pgbouncer-'));
  writeFileSync(join(dir, 'users.txt'), `"${user}" ""\n`);
  writeFileSync(
    join(dir, 'pgbouncer.ini'),
    [
      '[databases]',
      `${database} = host=${target.hostname} port=${target.port || 5432} dbname=${database} user=${user}`,
      '[pgbouncer]',
      'listen_addr = 127.0.0.1',
      `listen_port = ${port}`,
      "unix_socket_dir = ''",
      'auth_type = trust',
      `auth_file = ${join(dir, 'users.txt')}`,
      'pool_mode = transaction',
      `default_pool_size = ${serverConnections}`,
      'max_client_conn = 200',
      // The test URL's session settings (`options`) cannot reach PostgreSQL through a pooler.
      'ignore_startup_parameters = extra_float_digits,options',
      `logfile = ${join(dir, 'pgbouncer.log')}`,
      '',
    ].join('\n'),
  );
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const { uid, gid } = postgresUser();
    chownSync(dir, uid, gid);
    chmodSync(dir, 0o755);
  }
  const child: ChildProcess = spawn(
    'pgbouncer',
    [...(asRoot ? ['-u', 'postgres'] : []), join(dir, 'pgbouncer.ini')],
    {
      stdio: 'ignore',
    },
  );
  const url = `postgres://${encodeURIComponent(user)}@127.0.0.1:${port}/${database}`;
  await waitUntilItAnswers(url, child);
  return {
    url,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await once(child, 'exit');
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function postgresUser(): { uid: number; gid: number } {
  const [uid, gid] = spawnSync('sh', ['-c', 'id -u postgres && id -g postgres'], { encoding: 'utf8' })
    .stdout.trim()
    .split('\n')
    .map(Number);
  if (!Number.isInteger(uid))
    throw new Error('PgBouncer refuses to run as root, and there is no postgres user');
  return { uid, gid };
}

async function waitUntilItAnswers(url: string, child: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt++) {
    if (child.exitCode !== null) throw new Error(`pgbouncer exited with ${child.exitCode}`);
    const client = new Client({ connectionString: url, connectionTimeoutMillis: 500 });
    try {
      await client.connect();
      await client.query('SELECT 1');
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      await client.end().catch(() => undefined);
    }
  }
  throw new Error('pgbouncer did not answer within 5 s');
}
