import { GraphQLSchemaHost } from '@nestjs/graphql';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LIMITS } from '@hub/domain';
import { getNamedType, isInputObjectType, Kind, parse, typeFromAST, validate, type FragmentDefinitionNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { postGraphQL } from '../testing/account-operations';
import { makers, type SignedInUser } from '../testing/make';
import { startTestApp, type GraphQLResponse, type TestApp } from '../testing/test-app';
import { GRAPHQL_LIMITS, graphqlProtection } from './graphql-limits';
import { operationCost } from './operation-cost';

const codes = (response: GraphQLResponse<unknown>) => (response.errors ?? []).map((error) => error.extensions?.['code']);
const messages = (response: GraphQLResponse<unknown>) => (response.errors ?? []).map((error) => error.message).join('\n');
const repeat = (count: number, text: string) => Array.from({ length: count }, () => text).join(' ');

/** question { related { related { ... { id } } } }: `depth` levels counting the leaf. */
const deepQuery = (depth: number) => `query($id: ID!) { question(id: $id) ${'{ related '.repeat(depth - 2)}{ id }${' }'.repeat(depth - 2)} }`;

/**
 * Cost by armor's formula (object 2, scalar 1, ×1.5 per level, ×`first`):
 * questions(first: 100) { edges { node { contributions(first: 40) { totalCount } } } } = 48,200;
 * five questions(first: 100) { totalCount } = 5 × 350 = 1,750; each root __typename 1.
 */
const costQuery = (typenames: number) => `{
  deep: questions(first: 100) { edges { node { contributions(first: 40) { totalCount } } } }
  ${[1, 2, 3, 4, 5].map((n) => `q${n}: questions(first: 100) { totalCount }`).join('\n')}
  ${repeat(typenames, '__typename')}
}`;

const ANY_ID = '0123456789abcdef01234567';

describe('GraphQL operation limits', () => {
  let hub: TestApp;
  let member: SignedInUser;

  beforeAll(async () => {
    hub = await startTestApp();
    member = await makers(hub).user();
  });

  afterAll(async () => {
    await hub.close();
  });

  it(`allows depth ${GRAPHQL_LIMITS.maxDepth} and refuses one more with a typed error`, async () => {
    const atLimit = await member.gql(deepQuery(GRAPHQL_LIMITS.maxDepth), { id: ANY_ID });
    expect(codes(atLimit)).toEqual(['NOT_FOUND']); // ran: the question does not exist
    const past = await member.gql(deepQuery(GRAPHQL_LIMITS.maxDepth + 1), { id: ANY_ID });
    expect(codes(past)).toEqual(['VALIDATION_FAILED']);
    expect(messages(past)).toMatch(/depth limit/i);
  });

  it(`allows a cost of ${GRAPHQL_LIMITS.maxCost} and refuses one more`, async () => {
    const atLimit = await member.gql(costQuery(50));
    expect(atLimit.errors).toBeUndefined();
    const past = await member.gql(costQuery(51));
    expect(codes(past)).toEqual(['VALIDATION_FAILED']);
    expect(messages(past)).toMatch(/cost limit of 50000 exceeded, found 50001/i);
  });

  it('counts page sizes given as variables, inside inputs or left to their default', async () => {
    // questions(first: n) { edges { node { contributions(first: n) { totalCount } } } }: 119,075 at n = 100, 1,276.25 at n = 10.
    const nested = 'query($n: Int!) { questions(first: $n) { edges { node { contributions(first: $n) { totalCount } } } } }';
    const past = await postGraphQL(hub, nested, { n: 100 }, { authorization: `Bearer ${member.token}` });
    expect(codes(past.body)).toEqual(['VALIDATION_FAILED']);
    expect(messages(past.body)).toMatch(/cost limit of 50000 exceeded, found 119075/i);
    expect(past.response.status).toBe(400);
    expect((await member.gql(nested, { n: 10 })).errors).toBeUndefined();

    const schema = hub.app.get(GraphQLSchemaHost).schema;
    // Defaults: questions 20 a page, contributions 50.
    expect(operationCost(schema, parse('{ questions { edges { node { contributions { totalCount } } } } }'), null)).toBe(12_002.5);
    // A page size inside an input, literal or from a variable: 100 × search { hits { id } } = 100 × (2 + 1.5 × (2 + 1.5)).
    expect(operationCost(schema, parse('{ search(input: { text: "rent", first: 100 }) { hits { id } } }'), null)).toBe(725);
    expect(operationCost(schema, parse('query($i: SearchInput!) { search(input: $i) { hits { id } } }'), null, { i: { text: 'rent', first: 100 } })).toBe(725);
  });

  it('measures a repeated document once per page size, never reusing a cost for other page sizes', async () => {
    const schema = hub.app.get(GraphQLSchemaHost).schema;
    // One parsed document, as Apollo hands a repeated query: costs follow the variables that give page sizes…
    const nested = parse('query($n: Int!, $id: ID) { questions(first: $n) { edges { node { id contributions(first: $n) { totalCount } } } } other: question(id: $id) { id } }');
    const at = (variables: Record<string, unknown>) => operationCost(schema, nested, null, variables);
    expect(at({ n: 100, id: 'a' })).toBe(at({ n: 100, id: 'b' }));
    expect(at({ n: 10, id: 'a' })).toBeLessThan(at({ n: 100, id: 'a' }));
    expect(at({ n: 100, id: 'c' })).toBeGreaterThan(50_000);
    // …including those read only on another path: `last` counts once `first` is left out.
    const either = parse('query($f: Int, $l: Int) { search(input: { text: "rent", first: $f }) { hits { id } } notifications(first: $l) { edges { node { id } } } }');
    const small = operationCost(schema, either, null, { f: 1, l: 1 });
    expect(operationCost(schema, either, null, { f: 1, l: 100 })).toBeGreaterThan(small);
    expect(operationCost(schema, either, null, { f: 1, l: 1 })).toBe(small);
  });

  it(`allows ${GRAPHQL_LIMITS.maxAliases} aliases and refuses one more`, async () => {
    // __typename aliases are free in armor's count: real fields are what an attacker would multiply.
    const aliases = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: viewer { id }`).join(' ')} }`;
    expect((await member.gql(aliases(GRAPHQL_LIMITS.maxAliases))).errors).toBeUndefined();
    const past = await member.gql(aliases(GRAPHQL_LIMITS.maxAliases + 1));
    expect(codes(past)).toEqual(['VALIDATION_FAILED']);
    expect(messages(past)).toMatch(/aliases limit/i);
  });

  it(`allows ${GRAPHQL_LIMITS.maxDirectives} directives and refuses one more`, async () => {
    const directives = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `d${i}: __typename @include(if: true)`).join(' ')} }`;
    expect((await member.gql(directives(GRAPHQL_LIMITS.maxDirectives))).errors).toBeUndefined();
    const past = await member.gql(directives(GRAPHQL_LIMITS.maxDirectives + 1));
    expect(codes(past)).toEqual(['VALIDATION_FAILED']);
    expect(messages(past)).toMatch(/directives limit/i);
  });

  it(`allows ${GRAPHQL_LIMITS.maxTokens} tokens and refuses one more`, async () => {
    // Two braces, `aN: __typename` (3 tokens; distinct names, since graphql-js gives up comparing
    // hundreds of same-named fields), and plain __typename for the remainder.
    const tokens = (count: number) => {
      const aliased = Math.floor((count - 2) / 3);
      return `{ ${Array.from({ length: aliased }, (_, i) => `t${i}: __typename`).join(' ')} ${repeat(count - 2 - aliased * 3, '__typename')} }`;
    };
    expect((await member.gql(tokens(GRAPHQL_LIMITS.maxTokens))).errors).toBeUndefined();
    const past = await postGraphQL(hub, tokens(GRAPHQL_LIMITS.maxTokens + 1), {}, { authorization: `Bearer ${member.token}` });
    expect(codes(past.body)).toEqual(['VALIDATION_FAILED']);
    expect(messages(past.body)).toMatch(/more that 1000 tokens/i);
    expect(past.response.status).toBe(400);
  });

  it('refuses batched operations (a JSON array) with a clear error', async () => {
    const response = await fetch(`${hub.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/batching/i);
  });

  it("fits every operation of the web app (so a new page that does not fit fails here, not in production)", () => {
    const schema = hub.app.get(GraphQLSchemaHost).schema;
    const sources = webOperationSources(join(__dirname, '../../../web/src'));
    const document = parse(sources.join('\n'));
    const fragments = document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION);
    const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    expect(operations.length).toBeGreaterThan(10);
    const { validationRules } = graphqlProtection('test');
    const refused = operations.flatMap((operation) =>
      validate(schema, { kind: Kind.DOCUMENT, definitions: [operation, ...fragments] }, validationRules).map(
        (error) => `${operation.name?.value}: ${error.message}`,
      ),
    );
    expect(refused).toEqual([]);
    // Cost with the largest page sizes the API allows wherever the web passes one as a variable.
    const tooCostly = operations
      .map((operation) => ({ name: operation.name?.value, cost: operationCost(schema, { kind: Kind.DOCUMENT, definitions: [operation, ...fragments] }, null, largestPages(schema, operation)) }))
      .filter(({ cost }) => cost > GRAPHQL_LIMITS.maxCost);
    expect(tooCostly).toEqual([]);
  });
});

/** Variables as large as the API allows: every Int (page sizes among them) and every input's `first` at the page cap. */
function largestPages(schema: GraphQLSchema, operation: OperationDefinitionNode): Record<string, unknown> {
  return Object.fromEntries(
    (operation.variableDefinitions ?? []).flatMap((definition): Array<[string, unknown]> => {
      const type = getNamedType(typeFromAST(schema, definition.type as never));
      if (type?.name === 'Int') return [[definition.variable.name.value, LIMITS.pageSizeMax]];
      if (isInputObjectType(type) && type.getFields()['first']) return [[definition.variable.name.value, { first: LIMITS.pageSizeMax }]];
      return [];
    }),
  );
}

/** The bodies of graphql(`...`) calls in the web app's sources. */
function webOperationSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !entry.parentPath.includes('generated'))
    .flatMap((entry) => [...readFileSync(join(entry.parentPath, entry.name), 'utf8').matchAll(/graphql\(`([\s\S]*?)`\)/g)].map((match) => match[1]));
}
