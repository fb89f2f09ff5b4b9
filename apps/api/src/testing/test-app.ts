import type { NestExpressApplication } from '@nestjs/platform-express';
import { getConnectionToken } from '@nestjs/mongoose';
import { randomBytes } from 'node:crypto';
import type { Connection } from 'mongoose';
import type { CommandStartedEvent } from 'mongodb';
import { createHubApp } from '../bootstrap';
import { loadConfig } from '../config/app-config';
import { SearchIndexService } from '../search/search-index.service';

export interface GraphQLResponse<TData> {
  data?: TData | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> }>;
}

export interface TestApp {
  app: NestExpressApplication;
  url: string;
  dbName: string;
  connection: Connection;
  gql<TData = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<TData>>;
  close(): Promise<void>;
}

/** The database URI the global setup started (or MONGODB_URI). */
export function testMongoUri(): string {
  const uri = process.env['HUB_TEST_MONGODB_URI'];
  if (!uri) throw new Error('HUB_TEST_MONGODB_URI is unset: run the API tests through their Jest config');
  return uri;
}

/** Boots the real API on a free loopback port, in a database of its own that is dropped on close. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const dbName = `t_${randomBytes(6).toString('hex')}`;
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env['TEST_LOG_LEVEL'] ?? 'silent',
    MONGODB_URI: testMongoUri(),
    MONGODB_DB: dbName,
    PORT: '0',
    // The local SMTP server of the test harness (test/smtp-sink.ts), when there is one.
    ...(process.env['HUB_TEST_SMTP_URL'] ? { SMTP_URL: process.env['HUB_TEST_SMTP_URL'] } : {}),
    ...env,
  });
  const app = await createHubApp(config);
  try {
    await app.listen(0, '127.0.0.1');
  } catch (error) {
    await app.close().catch(() => undefined);
    throw error;
  }
  // The embedded index is built in the background at boot; tests start once it is swapped in.
  const index = app.get(SearchIndexService);
  const deadline = Date.now() + 20_000;
  while (!index.ready && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const url = `http://127.0.0.1:${port}`;
  const connection = app.get<Connection>(getConnectionToken());
  return {
    app,
    url,
    dbName,
    connection,
    async gql(query, variables, headers = {}) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return response.json();
    },
    async close() {
      await connection.dropDatabase().catch(() => undefined);
      await app.close();
    },
  };
}

/** `run`'s result, and the commands `hub` sent to its own database meanwhile (the test config monitors commands). */
export async function commandsDuring<T>(hub: TestApp, run: () => Promise<T>): Promise<{ result: T; commands: CommandStartedEvent[] }> {
  const client = hub.connection.getClient();
  const seen: CommandStartedEvent[] = [];
  const listener = (event: CommandStartedEvent) => {
    if (event.databaseName === hub.dbName) seen.push(event);
  };
  client.on('commandStarted', listener);
  try {
    return { result: await run(), commands: seen };
  } finally {
    client.off('commandStarted', listener);
  }
}
