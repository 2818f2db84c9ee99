/**
 * One Jest run over every project, against a PostgreSQL database created for this run
 * (see tools/test/global-setup.js). `npm test` wraps it to print the totals line CI reads.
 */
const { availableParallelism } = require('node:os');
const preset = require('./jest.preset');

const project = (name, rootDir) => ({ ...preset, displayName: name, rootDir });

module.exports = {
  // Tests talk to a real PostgreSQL (and a real browser); timings are measured by benchmarks, not
  // here. A global option: Jest ignores it inside project configs.
  testTimeout: 60_000,
  // Test files spend much of their time waiting for PostgreSQL, Chromium or a child process, so
  // two run well side by side even on two cores. Jest's default, one worker less than the cores,
  // would run them one after the other there. `--maxWorkers` on the command line still wins.
  maxWorkers: Math.max(2, availableParallelism() - 1),
  testSequencer: '<rootDir>/tools/test/test-sequencer.js',
  globalSetup: '<rootDir>/tools/test/global-setup.js',
  globalTeardown: '<rootDir>/tools/test/global-teardown.js',
  projects: [
    project('api', '<rootDir>/apps/api'),
    project('tenancy', '<rootDir>/libs/tenancy'),
    project('catalogue', '<rootDir>/libs/catalogue'),
    project('auth', '<rootDir>/libs/auth'),
    ...['http', 'theme', 'denmark', 'safe-fetch', 'jobs', 'mail', 'demo'].map((lib) => project(lib, `<rootDir>/libs/${lib}`)),
    require('./apps/web/jest.config.js'),
    { ...project('web-browser', '<rootDir>/apps/web'), testMatch: ['<rootDir>/e2e/**/*.spec.ts'] },
  ],
};
