import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  getNamedType,
  GraphQLError,
  GraphQLInputObjectType,
  isInputObjectType,
  Kind,
  TypeInfo,
  validate,
  visit,
  visitWithTypeInfo,
  type ArgumentNode,
  type DefinitionNode,
  type DocumentNode,
  type FieldNode,
  type GraphQLArgument,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValidationRule,
  type ValueNode,
} from 'graphql';

/** What armor's rule last measured: validate() runs synchronously, so one slot is enough. */
let measured = 0;
/** Armor's own cost rule and formula (object 2, scalar 1, ×1.5 a level, × the page size), fragments flattened, as a meter only. */
const COST_METER = new ApolloArmor({
  costLimit: { maxCost: Number.MAX_SAFE_INTEGER, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5, flattenFragments: true, onAccept: [(_, { n }) => (measured = n)] },
  maxDepth: { enabled: false },
  maxAliases: { enabled: false },
  maxDirectives: { enabled: false },
  maxTokens: { enabled: false },
  blockFieldSuggestion: { enabled: false },
}).protect().validationRules as ValidationRule[];

const PAGE_ARGUMENTS = ['first', 'last'];

/**
 * The cost of one operation with its page sizes as they will run. Armor's rule multiplies a list
 * only by a literal `first:`; a page size passed as a variable, left to the field's default or
 * nested in an input (`search(input: { first })`) counted as 1, so `questions(first: $n)` cost as
 * much as one question. Here each is replaced by its value (variable, input field or schema
 * default) before armor's formula runs.
 */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown> = {}): number {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  if (!operation) return 0;
  // The operation's variable defaults, then what the request gives (values of the wrong type fail at execution anyway).
  const values: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.defaultValue) values[definition.variable.name.value] = valueOf(definition.defaultValue, {});
  }
  Object.assign(values, variables);
  // The cost depends only on the document and the variables that give page sizes: Apollo hands a
  // repeated query the same parsed document, so its cost is measured once per such values.
  const plans = costPlans.get(document) ?? new Map<string, CostPlan>();
  costPlans.set(document, plans);
  const plan = plans.get(operationName ?? '');
  const key = (variableNames: readonly string[]) => JSON.stringify(variableNames.map((name) => values[name] ?? null));
  const known = plan?.costs.get(key(plan.pageVariables));
  if (known !== undefined) return known;
  const reads = new Set<string>();
  consulted = reads;
  let cost: number;
  try {
    cost = measureCost(schema, document, operation, values);
  } finally {
    consulted = null;
  }
  // Which variables are read can depend on the values of others (`first: null` falls back to
  // `last`): the key covers every variable any measurement read, so a remembered cost is only
  // reused when all of them are equal, and the measurement would have taken the same path.
  let current = plan ?? { pageVariables: [], costs: new Map<string, number>() };
  if ([...reads].some((name) => !current.pageVariables.includes(name))) current = { pageVariables: [...new Set([...current.pageVariables, ...reads])].sort(), costs: new Map() };
  if (current.costs.size >= COSTS_PER_PLAN) current.costs.clear();
  current.costs.set(key(current.pageVariables), cost);
  plans.set(operationName ?? '', current);
  return cost;
}

interface CostPlan {
  /** Every variable a measurement of this operation read a page size from. */
  pageVariables: string[];
  costs: Map<string, number>;
}

const costPlans = new WeakMap<DocumentNode, Map<string, CostPlan>>();
/** Distinct page-size values remembered per document (a search's input varies with its text). */
const COSTS_PER_PLAN = 200;
/** The variables read while measuring (measuring is synchronous, so one slot is enough). */
let consulted: Set<string> | null = null;

function measureCost(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, values: Record<string, unknown>): number {
  const typeInfo = new TypeInfo(schema);
  const definitions: readonly DefinitionNode[] = [operation, ...document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION)];
  const inlined = visit(
    { kind: Kind.DOCUMENT, definitions },
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const definition = typeInfo.getFieldDef();
        if (!definition) return undefined;
        const size = pageSize(node, definition.args, values);
        if (size === null) return undefined;
        const others = (node.arguments ?? []).filter((argument) => !PAGE_ARGUMENTS.includes(argument.name.value));
        const first: ArgumentNode = { kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: 'first' }, value: { kind: Kind.INT, value: String(size) } };
        return { ...node, arguments: [...others, first] } satisfies FieldNode;
      },
    }),
  );
  measured = 0;
  validate(schema, inlined, COST_METER);
  return measured;
}

/** The page size a list field will get: its `first`/`last` argument, or `first` inside an input argument. */
function pageSize(node: FieldNode, args: readonly GraphQLArgument[], variables: Record<string, unknown>): number | null {
  const given = new Map((node.arguments ?? []).map((argument) => [argument.name.value, argument.value]));
  for (const name of PAGE_ARGUMENTS) {
    const definition = args.find((arg) => arg.name === name);
    if (!definition) continue;
    const value = (given.has(name) ? valueOf(given.get(name) as ValueNode, variables) : undefined) ?? definition.defaultValue;
    if (typeof value === 'number') return value;
  }
  for (const definition of args) {
    const type = getNamedType(definition.type);
    if (!isInputObjectType(type) || !type.getFields()['first']) continue;
    const value = (given.has(definition.name) ? valueOf(given.get(definition.name) as ValueNode, variables) : undefined) ?? definition.defaultValue;
    const first = value && typeof value === 'object' ? (value as Record<string, unknown>)['first'] : undefined;
    const size = typeof first === 'number' ? first : (type as GraphQLInputObjectType).getFields()['first']?.defaultValue;
    if (typeof size === 'number') return size;
  }
  return null;
}

/** A literal or variable argument value as plain data (enough for numbers and input objects). */
function valueOf(value: ValueNode, variables: Record<string, unknown>): unknown {
  switch (value.kind) {
    case Kind.VARIABLE:
      consulted?.add(value.name.value);
      return variables[value.name.value];
    case Kind.INT:
      return parseInt(value.value, 10);
    case Kind.OBJECT:
      return Object.fromEntries(value.fields.map((field) => [field.name.value, valueOf(field.value, variables)]));
    default:
      return undefined;
  }
}

/** Thrown before execution when an operation costs more than allowed: a typed VALIDATION_FAILED, HTTP 400. */
export function costLimitError(maxCost: number, cost: number): GraphQLError {
  return new GraphQLError(`Query Cost limit of ${maxCost} exceeded, found ${cost}.`, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } });
}
