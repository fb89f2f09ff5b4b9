import { Kind, parse, type FragmentDefinitionNode, type GraphQLResolveInfo, type OperationDefinitionNode, type FieldNode } from 'graphql';
import { selectsField } from './selection';

/** The resolve info of the query's first root field, as graphql-js would pass it. */
function infoOf(query: string): GraphQLResolveInfo {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const fragments = Object.fromEntries(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
  return { fieldNodes: [operation?.selectionSet.selections[0] as FieldNode], fragments } as unknown as GraphQLResolveInfo;
}

describe('selectsField', () => {
  it('finds a field selected directly, in an inline fragment or in a named one, and only at the first level', () => {
    expect(selectsField(infoOf('{ question(id: "1") { id comments { id } } }'), 'comments')).toBe(true);
    expect(selectsField(infoOf('{ question(id: "1") { id ... on ResearchQuestion { viewerFollows } } }'), 'viewerFollows')).toBe(true);
    expect(selectsField(infoOf('query { question(id: "1") { ...Page } } fragment Page on ResearchQuestion { title comments { id } }'), 'comments')).toBe(true);
    expect(selectsField(infoOf('{ question(id: "1") { id title contributions { edges { node { comments { id } } } } } }'), 'comments')).toBe(false);
    expect(selectsField(infoOf('{ question(id: "1") { id title } }'), 'viewerFollows')).toBe(false);
  });
});
