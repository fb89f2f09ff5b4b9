/**
 * What the benchmarks through the real API share: an own FerretDB, the generated corpus loaded
 * straight into MongoDB, the built API as a child process, a GraphQL client, percentiles, memory.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Db, ObjectId } from 'mongodb';
import { ensureFerretDb, freeLoopbackPort, startFerretDb, stopProcess, type RunningFerretDb } from '../../tools/hub/ferretdb';
import type { SearchDocument, SearchQuery } from '../../apps/api/src/search/search-engine.port';

export const ROOT = join(__dirname, '../..');
/** The built API the benchmarks start; BENCH_API_MAIN points at another build (a copy of dist, for before/after runs). */
export const API_MAIN = process.env['BENCH_API_MAIN'] ?? join(ROOT, 'dist/apps/api/main.js');

export const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))] ?? 0;
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
export const log = (line: string) => process.stderr.write(`${line}\n`);
export const round = (value: number) => Math.round(value * 10) / 10;

const SECTORS: Record<string, string> = { BASIC_ASSISTANCE: 'BA', EDUCATION: 'EDU', ENERGY: 'ENERGY', FOOD_SECURITY: 'FSA', HEALTH: 'HEALTH', LIVELIHOODS: 'LIV', PROTECTION: 'PROT', SHELTER: 'SHELTER', SOCIAL_STABILITY: 'SOCSTAB', WASH: 'WASH', INTER_SECTOR: 'INTER' };
const FILTER_KEYS: Record<string, string> = { sector: 'sectors', governorate: 'governorates', district: 'districts', cohort: 'cohorts', year: 'years', language: 'languages' };

/** A FerretDB of the benchmark's own, in a temporary directory removed on stop. */
export async function startBenchDatabase(): Promise<RunningFerretDb> {
  const binary = ensureFerretDb(ROOT, log);
  const dataDir = mkdtempSync(join(tmpdir(), 'hub-bench-'));
  const ferret = await startFerretDb({ binary, dataDir });
  return {
    ...ferret,
    stop: async () => {
      await ferret.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The corpus as MongoDB documents, as a previous run's worker left them (indexed, nothing pending). */
export function corpusRecords(documents: SearchDocument[]) {
  const now = new Date();
  // The embedded index is rebuilt from MongoDB at every boot anyway, and in steady state little is pending.
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
      return { _id, ...common(d), title: d.title, body: d.body, purpose: 'To understand the trend.', source: {}, sectors: d.facets.sector.map((s) => SECTORS[s] ?? s), invitedOrganisations: [], invitedSectors: [], status: 'OPEN', related: [], linkedFrom: [], contributionIds: [] as ObjectId[], syntheses: [], lastActivityAt: now };
    });
  const contributions = documents
    .filter((d) => d.kind === 'contribution' && questionIds.has(d.questionId))
    .map((d) => ({ _id: new ObjectId(), ...common(d), questionId: questionIds.get(d.questionId)!, body: d.body, evidenceType: 'DIRECT_OBSERVATION', confidence: 'MEDIUM', language: d.facets.language[0] ?? 'en', anonymous: false, helpfulBy: [], helpfulCount: d.helpfulCount, heldFor: [] }));
  // A question lists its contributions (questions/question.schema.ts: contributionIds), as the API keeps it.
  const byQuestion = new Map<string, ObjectId[]>();
  for (const c of contributions) byQuestion.set(c.questionId.toHexString(), [...(byQuestion.get(c.questionId.toHexString()) ?? []), c._id]);
  for (const q of questions) q.contributionIds = byQuestion.get(q._id.toHexString()) ?? [];
  return { questions, contributions };
}

/** Inserts the records in batches, with a progress line. */
export async function loadRecords(db: Db, records: ReturnType<typeof corpusRecords>): Promise<void> {
  for (const [name, list] of [['questions', records.questions], ['contributions', records.contributions]] as const) {
    for (let i = 0; i < list.length; i += 2000) {
      await db.collection(name).insertMany(list.slice(i, i + 2000) as never[], { ordered: false });
      process.stderr.write(`\rloading ${name} ${Math.min(i + 2000, list.length)}/${list.length}`);
    }
    process.stderr.write('\n');
  }
}

/** A corpus query as the API's SearchInput. */
export function toSearchInput(query: SearchQuery, first = 20): Record<string, unknown> {
  const filters: Record<string, string[]> = {};
  for (const [facet, list] of Object.entries(query.filters ?? {})) {
    const key = FILTER_KEYS[facet];
    if (key && list) filters[key] = facet === 'sector' ? list.map((s) => SECTORS[s] ?? s) : list;
  }
  return { text: query.text, filters, first };
}

export interface BenchApi {
  url: string;
  pid: number;
  child: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Starts the built API (the `bench:*` npm scripts build it first) in production mode on loopback and waits until
 * /ready says so (the boot index build included). `onProgress` sees /ready's search detail.
 */
export async function startBuiltApi(options: { mongoUri: string; dbName: string; admin: { email: string; password: string }; env?: Record<string, string>; nodeArgs?: string[]; ipc?: boolean; onProgress?: (detail: string) => void }): Promise<BenchApi> {
  const port = await freeLoopbackPort();
  const url = `http://127.0.0.1:${port}`;
  // BENCH_API_NODE_ARGS (e.g. --trace-gc, which NODE_OPTIONS refuses) goes to the API's Node only.
  const extraNodeArgs = (process.env['BENCH_API_NODE_ARGS'] ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...extraNodeArgs, ...(options.nodeArgs ?? []), API_MAIN], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: process.env['BENCH_API_LOG'] ?? 'warn',
      MONGODB_URI: options.mongoUri,
      MONGODB_DB: options.dbName,
      HUB_JWT_SECRET: randomBytes(32).toString('hex'),
      HUB_ADMIN_EMAIL: options.admin.email,
      HUB_ADMIN_PASSWORD: options.admin.password,
      MEILI_URL: '',
      ...options.env,
    },
    stdio: ['ignore', process.env['BENCH_API_LOG'] ? 'inherit' : 'ignore', 'inherit', ...(options.ipc ? (['ipc'] as const) : [])],
  });
  for (;;) {
    const body = await fetch(`${url}/ready`).then((r) => r.json() as Promise<{ status: string; search?: { detail?: string } }>, () => null);
    if (body?.status === 'ready') break;
    if (child.exitCode !== null) throw new Error('the API exited during start-up');
    if (body?.search?.detail) options.onProgress?.(body.search.detail);
    await sleep(200);
  }
  return { url, pid: child.pid as number, child, stop: () => stopProcess(child) };
}

export interface GraphQLAnswer<T> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/** POSTs one operation; never throws for a GraphQL error (the caller counts those). */
export async function postGraphQL<T>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string, operationName?: string, timeoutMs = 60_000): Promise<GraphQLAnswer<T>> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    signal: AbortSignal.timeout(timeoutMs),
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables, ...(operationName ? { operationName } : {}) }),
  });
  const body = (await response.json().catch(() => ({}))) as Omit<GraphQLAnswer<T>, 'status'>;
  return { status: response.status, ...body };
}

/** Like postGraphQL, but throws unless the operation succeeded: for set-up steps. */
export async function gql<T>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const answer = await postGraphQL<T>(url, query, variables, token);
  if (answer.errors || !answer.data) throw new Error(JSON.stringify(answer.errors ?? answer.status));
  return answer.data;
}

/** Resident and peak resident memory of a process, in MB (Linux /proc). */
export function processMemory(pid: number): { rss_mb: number; peak_rss_mb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss_mb: Math.round(kb('VmRSS') / 1024), peak_rss_mb: Math.round(kb('VmHWM') / 1024) };
}

/**
 * CPU time a process has used so far (user + system, all threads), in ms (Linux /proc, 100 ticks a
 * second). Unlike a sampling profile, it does not count time the process waited for a core the
 * rest of the machine was using.
 */
export function processCpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  // After "pid (comm) ", utime and stime are the 12th and 13th fields.
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

export { freeLoopbackPort, stopProcess };
