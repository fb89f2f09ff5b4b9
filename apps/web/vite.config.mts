import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { graphqlDocumentImports } from './vite/graphql-document-imports';

// The API runs on port 3000 in development; the browser only ever talks to one origin.
const API_ORIGIN = 'http://127.0.0.1:3000';
const apiProxy = {
  '/graphql': { target: API_ORIGIN, ws: true },
  '/health': API_ORIGIN,
  '/ready': API_ORIGIN,
};

export default defineConfig(() => ({
  root: import.meta.dirname,
  cacheDir: '../../node_modules/.vite/apps/web',
  resolve: { tsconfigPaths: true },
  server: {
    port: 4200,
    host: 'localhost',
    proxy: apiProxy,
  },
  preview: {
    port: 4300,
    host: 'localhost',
    proxy: apiProxy,
  },
  plugins: [graphqlDocumentImports(`${import.meta.dirname}/src/graphql/generated/graphql.ts`), react()],
  build: {
    outDir: '../../dist/apps/web',
    emptyOutDir: true,
    reportCompressedSize: true,
    // One stylesheet (about 6 KB gzipped), linked from index.html: a server-rendered page is styled
    // from its first paint, before any page chunk, which would otherwise bring its own styles, loads.
    cssCodeSplit: false,
    // Read by the server render, to name a page's chunks in it (.vite/manifest.json; dotfiles are not served).
    manifest: true,
  },
}));
