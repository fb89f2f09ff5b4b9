/**
 * Lighthouse (mobile preset: a mid-range phone on a slow 4G connection, simulated) on the home,
 * a question and the search page of the built app, served by the built API over a throwaway
 * FerretDB with the demo data, in Debian's Chromium. Called by bench/web.ts (`npm run bench:web`);
 * each page is measured RUNS times and the median performance score kept (this machine's other
 * work makes single runs noisy). Anonymous visits: the question is one of the demo's public ones.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Result } from 'lighthouse';
import { freeLoopbackPort, gql, log, ROOT, startBenchDatabase, startBuiltApi, stopProcess } from './lib/hub';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const RUNS = Number(process.env['LIGHTHOUSE_RUNS'] ?? 3);
/** Where to keep each page's full median report (Lighthouse's JSON, for its traces and diagnostics), if anywhere. */
const REPORTS = process.env['LIGHTHOUSE_REPORTS'];

export interface PageScores {
  url: string;
  performance: number;
  accessibility: number;
  runs: number[];
  metrics: { fcp_ms: number; lcp_ms: number; tbt_ms: number; cls: number; speed_index_ms: number };
  /** Audits that cost points, for finding the cause of a miss. */
  failing: string[];
}

async function startChromium(): Promise<{ port: number; child: ChildProcess; profile: string }> {
  const port = await freeLoopbackPort();
  const profile = mkdtempSync(join(tmpdir(), 'hub-lighthouse-'));
  const child = spawn(
    CHROMIUM,
    ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: 'ignore' },
  );
  // A first start on a fresh machine (cold disk cache) can take well over 10 s.
  for (let attempt = 0; attempt < 600; attempt++) {
    if (await fetch(`http://127.0.0.1:${port}/json/version`).then((r) => r.ok, () => false)) return { port, child, profile };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('Chromium did not open its debugging port');
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function measure(url: string, port: number): Promise<PageScores> {
  // Lighthouse is ESM-only; the bench scripts run as CommonJS.
  const { default: lighthouse } = await import('lighthouse');
  const runs: Result[] = [];
  for (let run = 0, failures = 0; run < RUNS; ) {
    const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
    const problem = !result ? 'no result' : result.lhr.runtimeError?.message;
    if (result && !problem) {
      runs.push(result.lhr);
      run++;
    } else if (++failures > 3) {
      throw new Error(`Lighthouse failed on ${url}: ${problem}`);
    } else {
      // Lighthouse's own advice for a lost trace (NO_NAVSTART and the like, on a busy machine): run again.
      log(`  run failed (${problem}); again`);
    }
  }
  const scores = runs.map((lhr) => Math.round((lhr.categories['performance']?.score ?? 0) * 100));
  const chosen = runs[scores.indexOf(median(scores))];
  if (REPORTS) {
    mkdirSync(REPORTS, { recursive: true });
    writeFileSync(join(REPORTS, `${new URL(url).pathname.split('/')[1] || 'home'}.json`), JSON.stringify(chosen));
  }
  const numeric = (id: string) => Math.round((chosen.audits[id]?.numericValue ?? 0) * (id === 'cumulative-layout-shift' ? 1000 : 1)) / (id === 'cumulative-layout-shift' ? 1000 : 1);
  const failing = Object.values(chosen.audits)
    .filter((audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual')
    .map((audit) => `${audit.id} (${audit.displayValue ?? audit.score})`);
  return {
    url: new URL(url).pathname + new URL(url).search,
    performance: median(scores),
    accessibility: Math.round((chosen.categories['accessibility']?.score ?? 0) * 100),
    runs: scores,
    metrics: {
      fcp_ms: numeric('first-contentful-paint'),
      lcp_ms: numeric('largest-contentful-paint'),
      tbt_ms: numeric('total-blocking-time'),
      cls: numeric('cumulative-layout-shift'),
      speed_index_ms: numeric('speed-index'),
    },
    failing,
  };
}

export async function runLighthouse(): Promise<Record<'home' | 'question' | 'search', PageScores>> {
  const ferret = await startBenchDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), 'hub-lighthouse-data-'));
  let api: Awaited<ReturnType<typeof startBuiltApi>> | undefined;
  let chromium: Awaited<ReturnType<typeof startChromium>> | undefined;
  try {
    log('lighthouse: starting the built API with the demo data…');
    api = await startBuiltApi({
      mongoUri: ferret.uri,
      dbName: `lighthouse_${Date.now()}`,
      admin: { email: 'lighthouse-admin@hub.test', password: `lh-${Date.now()}-admin-password` },
      env: { WEB_DIST_DIR: join(ROOT, 'dist/apps/web'), HUB_DEMO_DATA: 'true', HUB_DATA_DIR: dataDir },
    });
    const answer = await gql<{ questions: { edges: Array<{ node: { id: string } }> } }>(
      api.url,
      '{ questions(first: 1, filter: { statuses: [CLOSED] }) { edges { node { id } } } }',
    );
    const questionId = answer.questions.edges[0]?.node.id;
    if (!questionId) throw new Error('the demo data has no public closed question');
    chromium = await startChromium();
    const pages = { home: '/', question: `/questions/${questionId}`, search: '/search?q=school' } as const;
    const results = {} as Record<keyof typeof pages, PageScores>;
    for (const [name, path] of Object.entries(pages) as Array<[keyof typeof pages, string]>) {
      log(`lighthouse: ${name} (${RUNS} runs)…`);
      results[name] = await measure(`${api.url}${path}`, chromium.port);
      log(`  performance ${results[name].performance} (runs ${results[name].runs.join(', ')}), accessibility ${results[name].accessibility}`);
    }
    return results;
  } finally {
    if (chromium) {
      await stopProcess(chromium.child);
      rmSync(chromium.profile, { recursive: true, force: true });
    }
    await api?.stop();
    await ferret.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
