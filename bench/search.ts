/**
 * Search benchmark through the real API: starts FerretDB and the built API (`npx nx build api`
 * first), loads a synthetic corpus straight into MongoDB with its outbox flags set, and measures
 * the boot index build, a reindex, write-to-searchable lag, GraphQL search latency and RSS.
 *   npx tsx --tsconfig tsconfig.base.json bench/search.ts [--questions 10000] [--contributions 100000]
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { MongoClient, ObjectId } from 'mongodb';
import { ensureFerretDb, freeLoopbackPort, startFerretDb, stopProcess } from '../tools/hub/ferretdb';
import { generateCorpus, type QueryType } from './corpus';
import type { SearchDocument, SearchQuery } from '../apps/api/src/search/search-engine.port';

const root = join(__dirname, '..');
const { values } = parseArgs({ options: { questions: { type: 'string', default: '10000' }, contributions: { type: 'string', default: '100000' }, searches: { type: 'string', default: '600' } } });
const QUESTIONS = Number(values.questions);
const CONTRIBUTIONS = Number(values.contributions);
const SEARCHES = Number(values.searches);
const ADMIN = { email: 'bench-admin@example.org', password: randomBytes(12).toString('hex') };
const SECTORS: Record<string, string> = { BASIC_ASSISTANCE: 'BA', EDUCATION: 'EDU', ENERGY: 'ENERGY', FOOD_SECURITY: 'FSA', HEALTH: 'HEALTH', LIVELIHOODS: 'LIV', PROTECTION: 'PROT', SHELTER: 'SHELTER', SOCIAL_STABILITY: 'SOCSTAB', WASH: 'WASH', INTER_SECTOR: 'INTER' };
const FILTER_KEYS: Record<string, string> = { sector: 'sectors', governorate: 'governorates', district: 'districts', cohort: 'cohorts', year: 'years', language: 'languages' };

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))] ?? 0;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const log = (line: string) => process.stderr.write(`${line}\n`);

function records(documents: SearchDocument[]) {
  const now = new Date();
  // As a previous run's worker left them: the embedded index is rebuilt from MongoDB at every boot
  // anyway, and in steady state little is pending (FerretDB clears pending flags at ~6 ms a document).
  const sync = { pending: false, since: now, attempts: 0 };
  const authorId = new ObjectId();
  const organisationId = new ObjectId();
  const questionIds = new Map<string, ObjectId>();
  const common = (d: SearchDocument) => ({
    places: d.facets.district,
    placeScope: ['LB', ...d.facets.district],
    cohorts: d.facets.cohort,
    tags: d.tags,
    sensitivity: d.readableBy.includes('public') ? 'PUBLIC' : 'RESTRICTED',
    readableBy: d.readableBy.map((token) => (token.startsWith('sector:') ? `sector:${SECTORS[token.slice(7)] ?? token.slice(7)}` : token)),
    accessSectors: [],
    accessOrganisations: [],
    accessUsers: [],
    authorId,
    organisationId,
    organisationType: 'NATIONAL_NGO',
    revisions: [],
    version: 1,
    searchSync: sync,
    createdAt: new Date(d.createdAt),
    updatedAt: new Date(d.createdAt),
  });
  const questions = documents
    .filter((d) => d.kind === 'question')
    .map((d) => {
      const _id = new ObjectId();
      questionIds.set(d.questionId, _id);
      return { _id, ...common(d), title: d.title, body: d.body, purpose: 'To understand the trend.', source: {}, sectors: d.facets.sector.map((s) => SECTORS[s] ?? s), invitedOrganisations: [], invitedSectors: [], status: 'OPEN', related: [], syntheses: [], contributionCount: 0, lastActivityAt: now };
    });
  const contributions = documents
    .filter((d) => d.kind === 'contribution' && questionIds.has(d.questionId))
    .map((d) => ({ _id: new ObjectId(), ...common(d), questionId: questionIds.get(d.questionId), body: d.body, evidenceType: 'DIRECT_OBSERVATION', confidence: 'MEDIUM', language: d.facets.language[0] ?? 'en', anonymous: false, helpfulBy: [], helpfulCount: d.helpfulCount, heldFor: [] }));
  return { questions, contributions };
}

function toInput(query: SearchQuery): Record<string, unknown> {
  const filters: Record<string, string[]> = {};
  for (const [facet, list] of Object.entries(query.filters ?? {})) {
    const key = FILTER_KEYS[facet];
    if (key && list) filters[key] = facet === 'sector' ? list.map((s) => SECTORS[s] ?? s) : list;
  }
  return { text: query.text, filters, first: 20 };
}

async function main(): Promise<void> {
  const binary = ensureFerretDb(root, log);
  const dataDir = mkdtempSync(join(tmpdir(), 'hub-bench-'));
  const ferret = await startFerretDb({ binary, dataDir });
  const dbName = `bench_${Date.now().toString(36)}`;
  const client = await MongoClient.connect(ferret.uri);
  let api: ReturnType<typeof spawn> | null = null;
  try {
    log(`generating ${QUESTIONS} questions + ${CONTRIBUTIONS} contributions`);
    const corpus = generateCorpus(QUESTIONS, CONTRIBUTIONS);
    const { questions, contributions } = records(corpus.documents);
    const db = client.db(dbName);
    for (const [name, list] of [['questions', questions], ['contributions', contributions]] as const) {
      for (let i = 0; i < list.length; i += 2000) {
        await db.collection(name).insertMany(list.slice(i, i + 2000) as never[], { ordered: false });
        process.stderr.write(`\rloading ${name} ${Math.min(i + 2000, list.length)}/${list.length}`);
      }
      process.stderr.write('\n');
    }
    const documents = questions.length + contributions.length;

    const port = await freeLoopbackPort();
    const url = `http://127.0.0.1:${port}`;
    const bootStarted = Date.now();
    api = spawn(process.execPath, [join(root, 'dist/apps/api/main.js')], {
      env: { ...process.env, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: process.env['BENCH_API_LOG'] ?? 'warn', MONGODB_URI: ferret.uri, MONGODB_DB: dbName, HUB_JWT_SECRET: randomBytes(32).toString('hex'), HUB_ADMIN_EMAIL: ADMIN.email, HUB_ADMIN_PASSWORD: ADMIN.password, MEILI_URL: '', HUB_RATE_LIMIT_WRITES_USER: '100000/60' },
      stdio: ['ignore', process.env['BENCH_API_LOG'] ? 'inherit' : 'ignore', 'inherit'],
    });
    const pid = api.pid as number;
    for (;;) {
      const body = await fetch(`${url}/ready`).then((r) => r.json() as Promise<{ status: string; search?: { detail?: string } }>, () => null);
      if (body?.status === 'ready') break;
      if (api.exitCode !== null) throw new Error('the API exited during start-up');
      if (body?.search?.detail) process.stderr.write(`\r${body.search.detail}        `);
      await sleep(200);
    }
    const indexBuildS = (Date.now() - bootStarted) / 1000;
    log(`\nboot + index build: ${indexBuildS.toFixed(1)} s`);

    const gql = async <T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> => {
      const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
      const body = (await response.json()) as { data?: T; errors?: unknown[] };
      if (body.errors || !body.data) throw new Error(JSON.stringify(body.errors));
      return body.data;
    };
    const token = (await gql<{ signIn: { accessToken: string } }>('mutation($i: SignInInput!) { signIn(input: $i) { accessToken } }', { i: ADMIN })).signIn.accessToken;

    // Search latency: the corpus's query mix, sequential, anonymous (public content).
    const search = 'query($input: SearchInput!) { search(input: $input) { totalCount hits { id title { text } snippet { text highlights { start end } } } facets { facet values { value count lessThan } } } }';
    const mix: SearchQuery[] = (Object.keys(corpus.queries) as QueryType[]).flatMap((type) => corpus.queries[type]);
    for (const query of mix.slice(0, 30)) await gql(search, { input: toInput(query) }); // warm-up
    const latencies: number[] = [];
    for (let i = 0; i < SEARCHES; i++) {
      const started = performance.now();
      await gql(search, { input: toInput(mix[i % mix.length]) });
      latencies.push(performance.now() - started);
    }
    log(`search p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms`);

    // Write → searchable lag: a contribution with a unique word, polled through search.
    const questionId = questions[0]._id.toHexString();
    const lags: number[] = [];
    const writes: number[] = [];
    for (let i = 0; i < 40; i++) {
      const word = `benchlag${randomBytes(5).toString('hex').replace(/\d/g, 'x')}`;
      const writeStarted = performance.now();
      await gql('mutation($i: ContributeInput!) { contribute(input: $i) { id } }', { i: { questionId, body: `Observed ${word} in the camp.`, evidenceType: 'DIRECT_OBSERVATION', confidence: 'LOW', language: 'en', sensitivity: 'PUBLIC' } }, token);
      // The lag counts from the committed write (the mutation's answer) to the first search finding it.
      const started = performance.now();
      writes.push(started - writeStarted);
      for (;;) {
        const found = await gql<{ search: { totalCount: number } }>('query($input: SearchInput!) { search(input: $input) { totalCount } }', { input: { text: word } }, token);
        if (found.search.totalCount > 0) break;
        await sleep(10);
      }
      lags.push(performance.now() - started);
    }
    log(`write→searchable p95 ${percentile(lags, 95).toFixed(0)} ms (the contribute mutation itself: p95 ${percentile(writes, 95).toFixed(0)} ms)`);

    const reindexStarted = Date.now();
    await gql('mutation { reindexSearch { state } }', {}, token);
    for (;;) {
      const { searchIndexStatus: s } = await gql<{ searchIndexStatus: { state: string; finishedAt: string | null } }>('{ searchIndexStatus { state finishedAt } }', {}, token);
      if (s.state === 'READY' && s.finishedAt && Date.parse(s.finishedAt) >= reindexStarted) break;
      await sleep(200);
    }
    const reindexS = (Date.now() - reindexStarted) / 1000;
    log(`reindex ${reindexS.toFixed(1)} s`);
    const rssMb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
    const hwmMb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

    const results = {
      documents,
      index_build_s: round(indexBuildS),
      reindex_s: round(reindexS),
      index_lag_p95_ms: Math.round(percentile(lags, 95)),
      contribution_write_p95_ms: Math.round(percentile(writes, 95)),
      search_p50_ms: round(percentile(latencies, 50)),
      search_p95_ms: round(percentile(latencies, 95)),
      api_rss_mb: Math.round(rssMb),
      api_rss_peak_mb: Math.round(hwmMb),
      searches: SEARCHES,
      machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
      measured_at: new Date().toISOString(),
    };
    mkdirSync(join(root, 'bench/results'), { recursive: true });
    writeFileSync(join(root, 'bench/results/search.json'), `${JSON.stringify(results, null, 2)}\n`);
    process.stdout.write(`${table(results)}\n`);
  } finally {
    if (api) await stopProcess(api);
    await client.close();
    await ferret.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const round = (value: number) => Math.round(value * 10) / 10;

function table(r: { documents: number; index_build_s: number; reindex_s: number; index_lag_p95_ms: number; search_p50_ms: number; search_p95_ms: number; api_rss_mb: number; api_rss_peak_mb: number }): string {
  return [
    '| Measure (embedded engine, through GraphQL) | Target | Measured |',
    '|---|---|---|',
    `| Documents | 110k | ${r.documents} |`,
    `| Boot + index build | — | ${r.index_build_s} s |`,
    `| Full reindex | ≤ 120 s | ${r.reindex_s} s |`,
    `| New contribution searchable, p95 | ≤ 1000 ms | ${r.index_lag_p95_ms} ms |`,
    `| Search p50 | — | ${r.search_p50_ms} ms |`,
    `| Search p95 | ≤ 50 ms | ${r.search_p95_ms} ms |`,
    `| API RSS (peak) | ≤ 1.5 GB | ${r.api_rss_mb} MB (${r.api_rss_peak_mb} MB) |`,
  ].join('\n');
}

main().catch((error: unknown) => {
  log(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
