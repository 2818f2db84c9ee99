/** Drops the run's database (and stops the embedded server, if the run started one). */
const { Client } = require('pg');

module.exports = async function globalTeardown() {
  const { adminUrl, database } = globalThis.__testDatabase ?? {};
  if (database) {
    const client = new Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await client.end();
  }
  await globalThis.__embeddedPostgres?.stop();
  globalThis.__redisServer?.kill();
};
