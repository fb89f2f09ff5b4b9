import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { graphqlDocumentImports } from './vite/graphql-document-imports';

/**
 * The server render (src/entry-server.tsx) as one self-contained CommonJS file: the API loads it
 * with require(), whether it runs from this repository, from the Docker image (whose node_modules
 * hold the API's dependencies only) or under Jest. Built by `nx build-server web`; the API finds it
 * beside the built web app (dist/apps/web-server).
 */
export default defineConfig(() => ({
  root: import.meta.dirname,
  cacheDir: '../../node_modules/.vite/apps/web-server',
  resolve: { tsconfigPaths: true },
  plugins: [graphqlDocumentImports(`${import.meta.dirname}/src/graphql/generated/graphql.ts`), react()],
  // Every dependency bundled in, for the reason above.
  ssr: { noExternal: true, target: 'node' as const },
  build: {
    ssr: 'src/entry-server.tsx',
    outDir: '../../dist/apps/web-server',
    emptyOutDir: true,
    minify: false,
    rollupOptions: {
      output: { format: 'cjs' as const, entryFileNames: 'entry-server.cjs', codeSplitting: false },
    },
  },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
}));
