/**
 * Component tests of the web client: React in jsdom, with Testing Library. The browser tests
 * (e2e/) run in the "web-browser" project of the root config, against the real app in Chromium.
 */
const path = require('node:path');
const root = path.join(__dirname, '../..');

module.exports = {
  displayName: 'web',
  rootDir: __dirname,
  testEnvironment: '<rootDir>/src/test-support/fetch-environment.js',
  testMatch: ['<rootDir>/src/**/*.test.{ts,tsx}'],
  setupFilesAfterEnv: ['<rootDir>/src/test-support/setup.ts'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        swcrc: false,
        jsc: {
          target: 'es2022',
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleNameMapper: {
    '\\.css$': path.join(root, 'apps/web/src/test-support/style-stub.js'),
    '^@socialkompas/theme$': path.join(root, 'libs/theme/src/index.ts'),
  },
};
