import { GraphQLSchemaHost } from '@nestjs/graphql';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { startTestApp, TestApp } from '../testing/test-app';
import { renderSchemaFile, SCHEMA_FILE } from './schema-file';

// Fails when apps/api/schema.gql no longer matches the code; `npm run schema:write` refreshes it.
describe('committed GraphQL schema', () => {
  let hub: TestApp;

  beforeAll(async () => {
    hub = await startTestApp();
  });

  afterAll(async () => {
    await hub.close();
  });

  it('matches the schema the code builds', () => {
    const current = renderSchemaFile(hub.app.get(GraphQLSchemaHost).schema);
    if (process.env['UPDATE_SCHEMA'] === '1') writeFileSync(SCHEMA_FILE, current);
    const committed = existsSync(SCHEMA_FILE) ? readFileSync(SCHEMA_FILE, 'utf8') : '';
    expect(committed).toBe(current);
  });
});
