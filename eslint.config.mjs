import nx from '@nx/eslint-plugin';

// The folder tree is the architecture: the web app can never import API code, and shared
// libraries import nothing app-specific.
const SCOPES = [
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
  { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
  { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
  { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:e2e', 'scope:shared', 'scope:tools'] },
  { sourceTag: 'scope:tools', onlyDependOnLibsWithTags: ['scope:tools', 'scope:shared'] },
];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/out-tsc', '**/vite.config.*.timestamp*', '**/graphql/generated/**', 'artifacts/**', '.tools/**', '.data/**'],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$'],
          depConstraints: SCOPES,
        },
      ],
      eqeqeq: ['error', 'always'],
      'no-restricted-properties': [
        'error',
        { object: 'describe', property: 'only', message: 'Committed .only skips the rest of the suite.' },
        { object: 'it', property: 'only', message: 'Committed .only skips the rest of the suite.' },
        { object: 'test', property: 'only', message: 'Committed .only skips the rest of the suite.' },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // Tests and their harness may use the dev-server tools (FerretDB launcher); app code may not.
    files: ['**/test/**/*.ts', '**/*.spec.ts', '**/testing/**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          // The same scopes (a web test may use the shared libraries too), the API's tests with the tools.
          depConstraints: SCOPES.map((scope) => (scope.sourceTag === 'scope:api' ? { ...scope, onlyDependOnLibsWithTags: [...scope.onlyDependOnLibsWithTags, 'scope:tools'] } : scope)),
        },
      ],
    },
  },
  {
    // Type-aware rules where a tsconfig covers the file.
    files: ['**/src/**/*.ts', '**/src/**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
    },
  },
];
