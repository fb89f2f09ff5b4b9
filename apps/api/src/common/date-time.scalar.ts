import { GraphQLError, GraphQLScalarType, Kind, type GraphQLSchema } from 'graphql';

// An ISO 8601 date, or date-time (seconds and zone optional; tests and the API run at TZ=UTC).
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?$/;
const MESSAGE = 'DateTime must be an ISO 8601 string such as 2019-12-03T09:54:33Z.';

function parseDateTime(value: unknown): Date {
  const date = typeof value === 'string' && ISO_DATE_TIME.test(value) ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime())) throw new GraphQLError(MESSAGE);
  return date;
}

/**
 * Makes the schema's DateTime scalar strict. Nest's GraphQLISODateTime passes any value to
 * `new Date()`, so an object such as {"$gt": ""} or a bare number became a Date instead of being
 * refused. Models reference that scalar directly, so its parsing is replaced in place (the schema
 * text does not change).
 */
export function strictDateTime(schema: GraphQLSchema): GraphQLSchema {
  const scalar = schema.getType('DateTime');
  if (scalar instanceof GraphQLScalarType) {
    scalar.parseValue = parseDateTime;
    scalar.parseLiteral = (ast) => {
      if (ast.kind !== Kind.STRING) throw new GraphQLError(MESSAGE);
      return parseDateTime(ast.value);
    };
  }
  return schema;
}
