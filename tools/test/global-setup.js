/**
 * Gives the whole test run a database of its own on a real PostgreSQL server (see
 * acquireDatabaseServer: DATABASE_URL, the local default, or an embedded server).
 */
require('@swc-node/register');
const { ensureDatabase } = require('../../apps/api/src/embedded/embedded-postgres.ts');
const { acquireDatabaseServer, withDatabase } = require('./support/database-server.ts');

module.exports = async function globalSetup() {
  const { adminUrl, embedded } = await acquireDatabaseServer();
  const database = `sk_test_${Date.now()}_${process.pid}`;
  await ensureDatabase(adminUrl, database);
  globalThis.__embeddedPostgres = embedded;
  globalThis.__testDatabase = { adminUrl, database };
  process.env.DATABASE_URL = withDatabase(adminUrl, database);
  process.env.SOCIALKOMPAS_TEST_ADMIN_URL = adminUrl;
};
