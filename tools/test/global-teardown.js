/**
 * Drops the run's database, removes what the run built once for its test files (see
 * support/run-artifacts.ts), and stops the embedded server and redis-server if the run started
 * them. Runs after global-setup.js, whose require hook loads the TypeScript support here.
 */
const { rmSync } = require('node:fs');
const { Client } = require('pg');
const { runArtifactsDir } = require('./support/run-artifacts.ts');

module.exports = async function globalTeardown() {
  const { adminUrl, database } = globalThis.__testDatabase ?? {};
  if (database) {
    const client = new Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await client.end();
    rmSync(runArtifactsDir(database), { recursive: true, force: true });
  }
  await globalThis.__embeddedPostgres?.stop();
  await globalThis.__redisServer?.stop();
};
