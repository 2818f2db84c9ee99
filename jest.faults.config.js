/**
 * `npm run test:faults`: the fault suite. Each file starts its own PostgreSQL cluster, Redis and
 * production processes (the built API and worker) on free loopback ports, and kills and restarts
 * them; so the files run one at a time, against the build made once by the global setup.
 */
const preset = require('./jest.preset');

module.exports = {
  ...preset,
  displayName: 'faults',
  rootDir: __dirname,
  roots: ['<rootDir>/apps/api/faults'],
  testMatch: ['<rootDir>/apps/api/faults/**/*.faults.ts'],
  testTimeout: 180_000,
  maxWorkers: 1,
  globalSetup: '<rootDir>/apps/api/faults/support/build-once.js',
};
