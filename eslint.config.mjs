import nx from '@nx/eslint-plugin';

/**
 * Module boundaries: apps → catalogue → auth → tenancy, never back. `migrations` may use the
 * tenancy types; the libs never import an app.
 */
export default [
  { ignores: ['**/dist', '**/.data', '**/node_modules', '**/.nx', '**/coverage'] },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: ['@socialkompas/testing'],
          depConstraints: [
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:feature', 'type:core', 'type:migrations'] },
            { sourceTag: 'scope:catalogue', onlyDependOnLibsWithTags: ['scope:auth', 'type:core'] },
            { sourceTag: 'scope:auth', onlyDependOnLibsWithTags: ['type:core'] },
            { sourceTag: 'type:migrations', onlyDependOnLibsWithTags: ['type:core'] },
            { sourceTag: 'type:core', onlyDependOnLibsWithTags: [] },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
];
