import type { CodegenConfig } from '@graphql-codegen/cli';

// Paths are relative to the workspace root: run through `npm run codegen` or `nx codegen web`.
const config: CodegenConfig = {
  overwrite: true,
  schema: 'apps/api/schema.gql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/graphql/generated/**'],
  generates: {
    'apps/web/src/graphql/generated/': {
      preset: 'client',
      presetConfig: {
        // Apollo Client 4 has its own data masking; the preset's would be a second, unused layer.
        fragmentMasking: false,
      },
      config: {
        useTypeImports: true,
        // ISO 8601 strings on the wire.
        scalars: { DateTime: 'string' },
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false },
      },
    },
  },
};

export default config;
