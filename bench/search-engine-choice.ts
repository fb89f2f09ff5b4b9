/**
 * Chooses the embedded search engine by measurement. Each candidate runs in its own child
 * process (fresh heap, comparable memory numbers) on the same deterministic 110k-document corpus.
 *   npx tsx --tsconfig tsconfig.base.json bench/search-engine-choice.ts [--small]
 */
import { fork } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { SearchQuery } from '../apps/api/src/search/search-engine.port';
import { QueryType, generateCorpus } from './corpus';
import { Candidate, embeddedCandidate, miniSearchCandidate, sqliteCandidate } from './search-candidates';

const SMALL = process.argv.includes('--small');
const QUESTIONS = SMALL ? 1_000 : 10_000;
const CONTRIBUTIONS = SMALL ? 10_000 : 100_000;
const CANDIDATES: Record<string, () => Candidate | null> = { embedded: embeddedCandidate, sqlite: sqliteCandidate, minisearch: miniSearchCandidate };

interface Latency {
  p50: number;
  p95: number;
  max: number;
  meanTotal: number;
}
interface Measurement {
  candidate: string;
  notes: string;
  buildSeconds: number;
  rssMB: number;
  heapMB: number;
  externalMB: number;
  diskMB?: number;
  latencyMs: Record<QueryType, Latency>;
  overallP95Ms: number;
  liveRebuild?: { seconds: number; peakRssMB: number; searchesDuring: number; emptyResultsDuring: number };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const round = (value: number, digits = 2): number => Math.round(value * 10 ** digits) / 10 ** digits;
const mb = (bytes: number): number => round(bytes / 1024 / 1024, 0);
const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

async function measure(key: string): Promise<Measurement | null> {
  const candidate = CANDIDATES[key]();
  if (!candidate) return null;
  const corpus = generateCorpus(QUESTIONS, CONTRIBUTIONS);
  const started = process.hrtime.bigint();
  await candidate.build(corpus.documents);
  const buildSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  // Memory with the corpus array dropped: what a server holds once the feed is done.
  const queries = corpus.queries;
  corpus.documents = [];
  gc();
  const memory = process.memoryUsage();
  const latencyMs = {} as Record<QueryType, Latency>;
  const all: number[] = [];
  for (const type of Object.keys(queries) as QueryType[]) {
    for (const query of queries[type].slice(0, 10)) await candidate.search(query); // warm-up
    const times: number[] = [];
    let totals = 0;
    for (const query of queries[type]) {
      const t0 = process.hrtime.bigint();
      const result = await candidate.search(query);
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
      totals += result.total;
    }
    all.push(...times);
    times.sort((a, b) => a - b);
    latencyMs[type] = { p50: round(percentile(times, 50)), p95: round(percentile(times, 95)), max: round(times[times.length - 1]), meanTotal: Math.round(totals / times.length) };
  }
  all.sort((a, b) => a - b);
  const liveRebuild = candidate.rebuildLive ? await measureLiveRebuild(candidate, queries.oneWord[0]) : undefined;
  return {
    candidate: candidate.name,
    notes: candidate.notes,
    buildSeconds: round(buildSeconds, 1),
    rssMB: mb(memory.rss),
    heapMB: mb(memory.heapUsed),
    externalMB: mb(memory.external + memory.arrayBuffers),
    diskMB: candidate.diskBytes ? mb(candidate.diskBytes()) : undefined,
    latencyMs,
    overallP95Ms: round(percentile(all, 95)),
    liveRebuild,
  };
}

/**
 * A second full rebuild while the first index keeps serving: its duration, the peak RSS (both
 * generations live at once, plus a regenerated corpus the real feed would stream in batches) and
 * searches answered meanwhile.
 */
async function measureLiveRebuild(candidate: Candidate, probe: SearchQuery): Promise<Measurement['liveRebuild']> {
  const documents = generateCorpus(QUESTIONS, CONTRIBUTIONS).documents;
  let peak = process.memoryUsage().rss;
  let searchesDuring = 0;
  let emptyResultsDuring = 0;
  let done = false;
  const started = process.hrtime.bigint();
  const rebuilt = candidate.rebuildLive?.(documents).finally(() => {
    done = true;
  });
  while (!done) {
    const result = await candidate.search(probe);
    searchesDuring++;
    if (result.total === 0) emptyResultsDuring++;
    peak = Math.max(peak, process.memoryUsage().rss);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await rebuilt;
  return { seconds: round(Number(process.hrtime.bigint() - started) / 1e9, 1), peakRssMB: mb(peak), searchesDuring, emptyResultsDuring };
}

function runChild(key: string): Promise<Measurement | null> {
  return new Promise((resolve, reject) => {
    const child = fork(process.argv[1], ['--candidate', key, ...(SMALL ? ['--small'] : [])], {
      execArgv: [...process.execArgv, '--expose-gc', '--max-old-space-size=4096'],
    });
    let result: Measurement | null = null;
    child.on('message', (message) => {
      result = message as Measurement | null;
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(result) : reject(new Error(`${key} exited with ${code}`))));
  });
}

async function main(): Promise<void> {
  const at = process.argv.indexOf('--candidate');
  if (at > 0) {
    const measurement = await measure(process.argv[at + 1]);
    process.send?.(measurement);
    return;
  }
  const results: Measurement[] = [];
  for (const key of (process.env.CANDIDATES ?? 'embedded,sqlite,minisearch').split(',')) {
    console.log(`measuring ${key}…`);
    const measurement = await runChild(key);
    if (!measurement) {
      console.log(`  ${key} skipped (not installed in ${process.env.SEARCH_CANDIDATES_DIR ?? '/tmp/search-cand'})`);
      continue;
    }
    console.log(JSON.stringify(measurement, null, 2));
    results.push(measurement);
  }
  const report = {
    generatedAt: new Date().toISOString(),
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version },
    corpus: { questions: QUESTIONS, contributions: CONTRIBUTIONS, wordsPerBody: '55-85', languages: 'en 50%, ar 30%, fr 20%', seed: 20190611 },
    queriesPerType: 60,
    results,
  };
  const out = join(__dirname, 'results', SMALL ? 'search-engine-choice.small.json' : 'search-engine-choice.json');
  mkdirSync(join(__dirname, 'results'), { recursive: true });
  writeFileSync(out, JSON.stringify(report, null, 2) + '\n');
  console.log(`written ${out}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
