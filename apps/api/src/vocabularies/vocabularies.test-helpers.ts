import type { GraphQLResponse, TestApp } from '../testing/test-app';

/** All documents of a collection without volatile fields, to show that a refused write changed nothing. */
export async function snapshot(hub: TestApp, collection: string): Promise<unknown[]> {
  const documents = await hub.connection.collection(collection).find().sort({ _id: 1 }).toArray();
  return documents.map((document) => JSON.parse(JSON.stringify(document)));
}

export function errorCode(response: GraphQLResponse<unknown>): unknown {
  return response.errors?.[0]?.extensions?.['code'];
}

export function errorFields(response: GraphQLResponse<unknown>): string[] {
  const fields = response.errors?.[0]?.extensions?.['fields'];
  return Array.isArray(fields) ? fields.map((problem: { field: string }) => problem.field) : [];
}
