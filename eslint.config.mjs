import nx from '@nx/eslint-plugin';

/**
 * Module boundaries, pointing one way: apps → demo → catalogue → auth → engines (jobs, mail) →
 * tenancy (core) → kits (http, theme, denmark, safe-fetch). Kits depend on kits only; the web
 * client may use only the kits that run in a browser (theme). The libs never import an app.
 */
const DEPENDENCY_RULES = [
  { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['platform:universal'] },
  {
    sourceTag: 'type:app',
    onlyDependOnLibsWithTags: [
      'type:demo',
      'type:feature',
      'type:engine',
      'type:core',
      'type:kit',
      'type:migrations',
    ],
  },
  {
    sourceTag: 'type:demo',
    onlyDependOnLibsWithTags: ['type:feature', 'type:engine', 'type:core', 'type:kit'],
  },
  {
    sourceTag: 'scope:catalogue',
    onlyDependOnLibsWithTags: ['scope:auth', 'type:engine', 'type:core', 'type:kit'],
  },
  { sourceTag: 'scope:auth', onlyDependOnLibsWithTags: ['type:engine', 'type:core', 'type:kit'] },
  { sourceTag: 'type:engine', onlyDependOnLibsWithTags: ['type:engine', 'type:core', 'type:kit'] },
  { sourceTag: 'type:migrations', onlyDependOnLibsWithTags: ['type:core', 'type:kit'] },
  { sourceTag: 'type:core', onlyDependOnLibsWithTags: ['type:kit'] },
  { sourceTag: 'type:kit', onlyDependOnLibsWithTags: ['type:kit'] },
];

const moduleBoundaries = (depConstraints) => [
  'error',
  { enforceBuildableLibDependency: false, allow: ['@socialkompas/testing'], depConstraints },
];

export default [
  { ignores: ['**/dist', '**/.data', '**/node_modules', '**/.nx', '**/coverage'] },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@nx/enforce-module-boundaries': moduleBoundaries(DEPENDENCY_RULES),
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The browser tests start the real API in process, so they may use what an app may.
    files: ['apps/web/e2e/**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': moduleBoundaries(
        DEPENDENCY_RULES.filter((rule) => rule.sourceTag !== 'scope:web'),
      ),
    },
  },
];
