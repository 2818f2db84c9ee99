/**
 * One Jest run over every project, against a PostgreSQL database created for this run
 * (see tools/test/global-setup.js). `npm test` wraps it to print the totals line CI reads.
 */
const preset = require('./jest.preset');

const project = (name, rootDir) => ({ ...preset, displayName: name, rootDir });

module.exports = {
  // Tests talk to a real PostgreSQL (and a real browser); timings are measured by benchmarks, not
  // here. A global option: Jest ignores it inside project configs.
  testTimeout: 60_000,
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
