import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  isInputObjectType,
  isLeafType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputObjectType,
  type GraphQLSchema,
} from 'graphql';
import { databaseOf } from '../testing/account-operations';
import { makers, type SignedInUser } from '../testing/make';
import { startTestApp, type TestApp } from '../testing/test-app';

const OPERATORS: Array<Record<string, unknown>> = [{ $gt: '' }, { $ne: null }, { $where: '1' }, { $regex: '.*' }];

interface InjectionCase {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  /** The path the operator sits at, as graphql-js names it in its error. */
  path: string;
}

/** The operation calling one root field with every argument as a variable. */
function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const declarations = field.args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const call = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `${kind}(${declarations}) { ${field.name}(${call})${selection} }`;
}

/** Operator objects in place of the argument itself and of every field of an input type, nested ones included. */
function placements(arg: GraphQLArgument): Array<{ value: (operator: Record<string, unknown>) => unknown; path: string }> {
  const found: Array<{ value: (operator: Record<string, unknown>) => unknown; path: string }> = [
    { value: (operator) => operator, path: arg.name },
  ];
  const walk = (type: GraphQLInputObjectType, wrap: (inner: unknown) => unknown, path: string, seen: Set<string>) => {
    if (seen.has(type.name)) return;
    for (const field of Object.values(type.getFields())) {
      const fieldPath = `${path}.${field.name}`;
      found.push({ value: (operator) => wrap({ [field.name]: operator }), path: fieldPath });
      const named = getNamedType(field.type);
      if (isInputObjectType(named)) walk(named, (inner) => wrap({ [field.name]: inner }), fieldPath, new Set([...seen, type.name]));
    }
  };
  const named = getNamedType(arg.type);
  if (isInputObjectType(named)) walk(named, (inner) => inner, arg.name, new Set());
  return found;
}

/** Every argument of every root query and mutation, every input type's fields, every operator. */
function injectionCases(schema: GraphQLSchema): InjectionCase[] {
  const roots = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const;
  return roots.flatMap(([kind, root]) =>
    Object.values(root?.getFields() ?? {}).flatMap((field) =>
      field.args.flatMap((arg) =>
        placements(arg).flatMap(({ value, path }) =>
          OPERATORS.map((operator) => ({
            name: `${field.name}(${path} = ${JSON.stringify(operator)})`,
            query: operationFor(kind, field),
            variables: { [arg.name]: value(operator) },
            path,
          })),
        ),
      ),
    ),
  );
}

async function databaseSnapshot(hub: TestApp): Promise<string> {
  const db = databaseOf(hub);
  const collections = (await db.listCollections().toArray()).map((c) => c.name).sort();
  const contents = await Promise.all(collections.map((name) => db.collection(name).find().sort({ _id: 1 }).toArray()));
  return JSON.stringify(contents);
}

describe('NoSQL operator injection, in every argument and input type of the schema', () => {
  let hub: TestApp;
  let admin: SignedInUser;

  beforeAll(async () => {
    hub = await startTestApp();
    // A platform admin, so a refusal is about the input, not about who asks.
    admin = await makers(hub).user({ roles: ['PLATFORM_ADMIN'] });
  });

  afterAll(async () => {
    await hub.close();
  });

  it('refuses each operator with a typed VALIDATION_FAILED that names the field, and changes nothing', async () => {
    const cases = injectionCases(hub.app.get(GraphQLSchemaHost).schema);
    // Sanity: the schema is walked (a new input type adds its cases here without a test change).
    expect(cases.length).toBeGreaterThan(400);
    expect(cases.some((c) => c.name.startsWith('signIn(input.password'))).toBe(true);
    const before = await databaseSnapshot(hub);
    const accepted: string[] = [];
    for (const injection of cases) {
      const response = await admin.gql(injection.query, injection.variables);
      const errors = response.errors ?? [];
      const typed = errors.length > 0 && errors.every((error) => error.extensions?.['code'] === 'VALIDATION_FAILED');
      // graphql-js names the variable path ("$input" ... at "input.email"); a top-level one by name.
      const named = errors.some((error) => error.message.includes(`"${injection.path}"`) || error.message.includes(`"$${injection.path}"`));
      if (!typed || !named || response.data) accepted.push(`${injection.name}: ${JSON.stringify(response)}`);
    }
    expect(accepted).toEqual([]);
    expect(await databaseSnapshot(hub)).toBe(before);
  });
});
