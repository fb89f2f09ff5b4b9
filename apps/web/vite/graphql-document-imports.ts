import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/**
 * Rewrites each `graphql(\`query Name …\`)` call of the app into the document graphql-codegen
 * generated for it (`NameDocument`, `NameFragmentDoc`), imported by name from the generated module,
 * as the client preset's Babel plugin does. The `graphql()` function looks documents up in a map of
 * every operation of the app (gql.ts), which the entry chunk would otherwise carry whole; by name,
 * the bundler keeps only what is used. The documents are the same objects either way, and the
 * unit tests, which run without this plugin, use the map.
 */
export function graphqlDocumentImports(generatedModule: string): Plugin {
  let exported: Set<string> | null = null;
  const exportsOfGenerated = () => {
    exported ??= new Set([...readFileSync(generatedModule, 'utf8').matchAll(/^export const (\w+)/gm)].map((match) => match[1]));
    return exported;
  };
  return {
    name: 'hub-graphql-document-imports',
    enforce: 'pre',
    buildStart() {
      exported = null;
    },
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.includes('/graphql/generated/') || !code.includes('graphql(`')) return null;
      let used = 0;
      const rewritten = code.replace(/\bgraphql\(\s*`([^`]*)`\s*\)/g, (_call, source: string) => {
        const definition = /\b(query|mutation|subscription|fragment)\s+([A-Za-z_]\w*)/.exec(source);
        const name = definition ? `${definition[2]}${definition[1] === 'fragment' ? 'FragmentDoc' : 'Document'}` : '';
        if (!exportsOfGenerated().has(name)) throw new Error(`${id}: no generated document ${name || 'for an unnamed operation'}; run \`npm run codegen\``);
        used++;
        return `__hubDocuments.${name}`;
      });
      if (!used) return null;
      return { code: `import * as __hubDocuments from ${JSON.stringify(generatedModule)};\n${rewritten}`, map: null };
    },
  };
}
