/** The web app's own GraphQL operations, read from its sources, so the load is what browsers send. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, print, visit, type DefinitionNode, type FragmentDefinitionNode } from 'graphql';
import { ROOT } from './hub';

/** The named operation from a web `*.operations.ts` file, with the fragments it uses (from any of `files`). */
export function webOperation(name: string, files: string[]): string {
  const sources = files.flatMap((file) => [...readFileSync(join(ROOT, file), 'utf8').matchAll(/graphql\(`([\s\S]*?)`\)/g)].map((match) => match[1]));
  const definitions = parse(sources.join('\n')).definitions;
  const fragments = new Map(definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  const operation = definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === name);
  if (!operation) throw new Error(`no operation ${name} in ${files.join(', ')}`);
  const used = new Map<string, DefinitionNode>();
  const collect = (node: DefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        const fragment = fragments.get(spread.name.value);
        if (fragment && !used.has(spread.name.value)) {
          used.set(spread.name.value, fragment);
          collect(fragment);
        }
      },
    });
  collect(operation);
  return print({ kind: Kind.DOCUMENT, definitions: [operation, ...used.values()] });
}
