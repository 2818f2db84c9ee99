/**
 * Gives the whole test run a database of its own on a real PostgreSQL server (see
 * acquireDatabaseServer: DATABASE_URL, the local default, or an embedded server), reached with
 * the test session settings (withTestSessionSettings); an embedded server is tuned as well.
 */
require('@swc-node/register');
const { spawnSync } = require('node:child_process');
const { ensureDatabase } = require('../../apps/api/src/embedded/embedded-postgres.ts');
const {
  acquireDatabaseServer,
  tuneThrowawayServer,
  withDatabase,
  withTestSessionSettings,
} = require('./support/database-server.ts');
const { redisAnswers, startRedisServer } = require('./support/redis.ts');

/**
 * Redis for the BullMQ tests: REDIS_URL, else the local default, else a redis-server from PATH
 * started for this run. Without any, the BullMQ tests say that they are skipped (CI has Redis).
 */
async function ensureRedis() {
  if (process.env.REDIS_URL || (await redisAnswers('redis://127.0.0.1:6379'))) return;
  if (spawnSync('sh', ['-c', 'command -v redis-server']).status !== 0) {
    console.warn('\nNo Redis and no redis-server on PATH: the BullMQ tests will be skipped.');
    return;
  }
  const server = await startRedisServer();
  const url = server.url;
  console.log(`\nNo Redis at 127.0.0.1:6379: started redis-server at ${url} for this run.`);
  globalThis.__redisServer = server;
  process.env.REDIS_URL = url;
}

module.exports = async function globalSetup() {
  await ensureRedis();
  const server = await acquireDatabaseServer();
  const { embedded } = server;
  if (embedded) await tuneThrowawayServer(server.adminUrl);
  // Every URL of the run derives from this one, so every session gets the test settings.
  const adminUrl = withTestSessionSettings(server.adminUrl);
  const database = `sk_test_${Date.now()}_${process.pid}`;
  await ensureDatabase(adminUrl, database);
  globalThis.__embeddedPostgres = embedded;
  globalThis.__testDatabase = { adminUrl, database };
  process.env.DATABASE_URL = withDatabase(adminUrl, database);
  process.env.SOCIALKOMPAS_TEST_ADMIN_URL = adminUrl;
};
