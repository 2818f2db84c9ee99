/**
 * Gives the whole test run a database of its own on a real PostgreSQL server: the one at
 * DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres) or, when DATABASE_URL is
 * unset and nothing answers there, an embedded PostgreSQL started for this run.
 */
require('@swc-node/register');
const { Client } = require('pg');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { ensureDatabase, startEmbeddedPostgres } = require('../../apps/api/src/embedded/embedded-postgres.ts');

const DEFAULT_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

async function answers(url) {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

function withDatabase(url, database) {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

module.exports = async function globalSetup() {
  let adminUrl = process.env.DATABASE_URL || DEFAULT_URL;
  if (!process.env.DATABASE_URL && !(await answers(adminUrl))) {
    const port = 55000 + (process.pid % 1000);
    console.log(`\nNo PostgreSQL at ${DEFAULT_URL}: starting an embedded one on port ${port}.`);
    globalThis.__embeddedPostgres = await startEmbeddedPostgres({
      dataDir: join(tmpdir(), `socialkompas-test-pg-${process.pid}`, 'data'),
      port,
      persistent: false,
    });
    adminUrl = globalThis.__embeddedPostgres.urlFor('postgres');
  }
  const database = `sk_test_${Date.now()}_${process.pid}`;
  await ensureDatabase(adminUrl, database);
  globalThis.__testDatabase = { adminUrl, database };
  process.env.DATABASE_URL = withDatabase(adminUrl, database);
  process.env.SOCIALKOMPAS_TEST_ADMIN_URL = adminUrl;
};
