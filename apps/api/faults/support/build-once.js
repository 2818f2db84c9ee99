/**
 * The fault suite runs the production build, as deployed: it is built once for the run, past Nx's
 * cache, which was seen to answer for sources changed since.
 */
const { execFileSync } = require('node:child_process');

module.exports = async function buildOnce() {
  execFileSync('npx', ['nx', 'run', 'api:build', '--skip-nx-cache'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NX_DAEMON: 'false' },
  });
};
