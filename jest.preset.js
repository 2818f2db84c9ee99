/** Shared Jest settings: swc for speed (with decorator metadata, which NestJS and TypeORM need). */
const path = require('node:path');
const root = __dirname;

module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)s$': ['@swc/jest', { swcrc: false, ...require('./.swcrc.json') }] },
  moduleNameMapper: {
    '^@socialkompas/(tenancy|catalogue|auth)$': path.join(root, 'libs/$1/src/index.ts'),
    '^@socialkompas/migrations$': path.join(root, 'migrations/index.ts'),
    '^@socialkompas/testing$': path.join(root, 'tools/test/support/index.ts'),
  },
  testMatch: ['<rootDir>/**/*.spec.ts'],
};
