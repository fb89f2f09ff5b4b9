import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { join } from 'node:path';

/** The committed SDL of the code-first schema; the web app's typed operations are generated from it. */
export const SCHEMA_FILE = join(__dirname, '../../schema.gql');

const HEADER = '# Generated from the API\'s code-first schema. Do not edit: run `npm run schema:write`.\n\n';

export function renderSchemaFile(schema: GraphQLSchema): string {
  return `${HEADER}${printSchema(lexicographicSortSchema(schema))}\n`;
}
