import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { ValidationRule } from 'graphql';
import { graphqlNoStorePlugins } from './graphql-no-store';
import { costLimitError, operationCost } from './operation-cost';

/**
 * Limits on the shape of one GraphQL operation, from graphql-armor's defaults, adjusted so the
 * web app's own operations fit (graphql-limits.spec.ts measures every one of them against these):
 * - depth 7, not 6: the question page reads question → contributions → edges → node → author →
 *   user → id; a Relay connection spends two levels on edges/node. Fragments do not add a level
 *   (flattenFragments), so depth does not depend on how a query is split into fragments.
 * - cost 50,000, not 5,000, by armor's formula (a list costs its selection times its page size):
 *   the question page asks for 100 contributions with their comments (~29,600); two such pages in
 *   one request are refused. Armor itself multiplies only by a literal `first:`; the cost here is
 *   measured after resolving page sizes given as variables, nested in inputs or left to the
 *   schema's default (operation-cost.ts), so `questions(first: $n)` costs what it will fetch.
 *   Reaching 5,000 would take paging the question page's contributions ten at a time (cost ~3,100),
 *   which breaks citation links to contributions not yet loaded: not worth it while the question
 *   page is the only operation above 5,000 (graphql-limits.spec.ts measures every web operation).
 * - aliases 15, directives 50, tokens 1,000: armor's defaults; the largest web operation has 2
 *   aliases, no directives and under 300 tokens.
 */
export const GRAPHQL_LIMITS = {
  maxDepth: 7,
  maxCost: 50_000,
  maxAliases: 15,
  maxDirectives: 50,
  maxTokens: 1_000,
} as const;

// Typed through the driver's config, whose Apollo types resolve the same way in Jest and webpack.
export type ApolloPlugins = NonNullable<ApolloDriverConfig['plugins']>;

export interface GraphQLProtection {
  plugins: ApolloPlugins;
  validationRules: ValidationRule[];
  allowBatchedHttpRequests: false;
  parseOptions: { maxLexicalTokens: number };
}

/** Refuses, before execution, an operation whose cost with its actual page sizes passes the limit. */
const costLimitPlugin: ApolloPlugins[number] = {
  async requestDidStart() {
    return {
      async didResolveOperation({ schema, document, operationName, request }) {
        const cost = operationCost(schema, document, operationName, request.variables ?? {});
        if (cost > GRAPHQL_LIMITS.maxCost) throw costLimitError(GRAPHQL_LIMITS.maxCost, cost);
      },
    };
  },
};

/**
 * Armor's validation rules, graphql-js's token limit and plugins for Apollo Server, answers sent
 * no-store among them (graphql-no-store.ts). (No landing page: `playground: false` makes the Nest
 * driver install Apollo's LandingPageDisabled plugin; security tests check it.)
 */
export function graphqlProtection(env: 'development' | 'test' | 'production'): GraphQLProtection {
  const armor = new ApolloArmor({
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth, flattenFragments: true },
    // Measured in the plugin below, where the request's variables are known.
    costLimit: { enabled: false },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives },
    // graphql-js counts tokens itself (parseOptions below) and fails as a syntax error, a 400;
    // armor's token plugin throws from a hook Apollo treats as a server fault, a 500.
    maxTokens: { enabled: false },
    // "Did you mean ...?" maps the schema for someone without introspection: off in production.
    blockFieldSuggestion: { enabled: env === 'production' },
  });
  const { plugins, validationRules } = armor.protect();
  return {
    plugins: [...graphqlNoStorePlugins, ...(plugins as ApolloPlugins), costLimitPlugin],
    validationRules: validationRules as ValidationRule[],
    // One operation per HTTP request: a batch of 1,000 sign-ins would slip past per-request limits.
    allowBatchedHttpRequests: false,
    parseOptions: { maxLexicalTokens: GRAPHQL_LIMITS.maxTokens },
  };
}
