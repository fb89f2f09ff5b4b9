// Rebuilds the search index from MongoDB:
//   npm run reindex                      asks a running hub (--url, default http://127.0.0.1:3000) to reindex
//   MEILI_URL=… npm run reindex          rebuilds Meilisearch directly (new index, then swap: no empty window)
// Admin credentials for the first form come from HUB_ADMIN_EMAIL and HUB_ADMIN_PASSWORD.
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { createHubApp } from '../bootstrap';
import { ConfigError, loadConfig } from '../config/app-config';
import { SearchIndexService } from '../search/search-index.service';
import { SearchReconciliation } from '../search/search-reconciliation';
import { renderProgress } from './progress-bar';

const EX_USAGE = 64;
const EX_CONFIG = 78;
const POLL_MS = 300;

interface IndexStatus {
  state: string;
  indexed: number;
  total: number;
  finishedAt: string | null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function viaMeilisearch(): Promise<void> {
  const config = loadConfig({ ...process.env, LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'warn' });
  const app = await createHubApp(config);
  await app.init();
  try {
    const index = app.get(SearchIndexService);
    await index.reindex();
    for (;;) {
      const status = await index.status();
      renderProgress('reindex', status.indexed, status.total);
      if (status.state === 'READY' && status.finishedAt) break;
      await sleep(POLL_MS);
    }
    await index.settled();
    // Writes made while the new index was filling went to the old one: queue them again.
    const reconciliation = app.get(SearchReconciliation);
    const differences = await reconciliation.reconcile();
    await reconciliation.repair(differences);
    process.stderr.write(`\nswapped in; ${differences.missing.length + differences.stale.length} changed meanwhile and were queued, ${differences.extra.length} removed\n`);
  } finally {
    await app.close();
  }
}

async function viaRunningHub(url: string): Promise<void> {
  const email = process.env['HUB_ADMIN_EMAIL'];
  const password = process.env['HUB_ADMIN_PASSWORD'];
  if (!email || !password) throw new ConfigError(['HUB_ADMIN_EMAIL and HUB_ADMIN_PASSWORD are required to ask a running hub to reindex']);
  const gql = async <T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: Array<{ message: string }> };
    if (body.errors?.length || !body.data) throw new Error(body.errors?.map((e) => e.message).join('; ') ?? `HTTP ${response.status}`);
    return body.data;
  };
  const { signIn } = await gql<{ signIn: { accessToken: string } }>('mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }', { input: { email, password } });
  const token = signIn.accessToken;
  const started = await gql<{ reindexSearch: IndexStatus }>('mutation { reindexSearch { state indexed total finishedAt } }', {}, token);
  let status = started.reindexSearch;
  const startedAt = Date.now();
  for (;;) {
    renderProgress('reindex', status.indexed, status.total);
    if (status.state === 'READY' && status.finishedAt && Date.parse(status.finishedAt) >= startedAt - 1000) break;
    if (status.state === 'FAILED') throw new Error('the hub reports the rebuild failed; see its logs');
    await sleep(POLL_MS);
    status = (await gql<{ searchIndexStatus: IndexStatus }>('{ searchIndexStatus { state indexed total finishedAt } }', {}, token)).searchIndexStatus;
  }
  process.stderr.write('\nswapped in\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { url: { type: 'string', default: 'http://127.0.0.1:3000' }, help: { type: 'boolean', default: false } } });
  if (values.help) {
    process.stdout.write('Usage: npm run reindex [-- --url http://127.0.0.1:3000]\n');
    return;
  }
  if (!/^https?:\/\//.test(values.url)) {
    process.stderr.write('--url must be an http(s) URL\n');
    process.exit(EX_USAGE);
  }
  if (process.env['MEILI_URL']) await viaMeilisearch();
  else await viaRunningHub(values.url.replace(/\/+$/, ''));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(EX_CONFIG);
  }
  process.stderr.write(`reindex failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
