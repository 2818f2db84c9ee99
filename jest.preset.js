/** Shared Jest settings: swc for speed (with decorator metadata, which NestJS and TypeORM need). */
const path = require('node:path');
const root = __dirname;
const swcrc = require('./.swcrc.json');

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j)s$': [
      '@swc/jest',
      // import() stays native so ES-module-only packages (oidc-provider, jose) load; Jest runs
      // with --experimental-vm-modules for that (tools/test/run-all-tests.mjs).
      { swcrc: false, ...swcrc, module: { ...swcrc.module, ignoreDynamic: true } },
    ],
  },
  moduleNameMapper: {
    '^@socialkompas/(http|theme|denmark|safe-fetch|tenancy|jobs|mail|auth|catalogue|demo)$': path.join(root, 'libs/$1/src/index.ts'),
    '^@socialkompas/migrations$': path.join(root, 'migrations/index.ts'),
    '^@socialkompas/testing$': path.join(root, 'tools/test/support/index.ts'),
  },
  testMatch: ['<rootDir>/**/*.spec.ts'],
};
