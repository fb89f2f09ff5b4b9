/**
 * Web weight: the JavaScript a first visit downloads before any route chunk (the entry script and
 * its module preloads), gzip-compressed as served. `npm run bench:web` builds the web app and the API, then runs
 *   npx tsx --tsconfig tsconfig.base.json bench/web.ts
 * Then Lighthouse's mobile preset on the home, a question and the search page (bench/lighthouse.ts;
 * `--skip-lighthouse` keeps the previous scores). Writes bench/results/web.json.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { runLighthouse } from './lighthouse';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist/apps/web');
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initial = [
  ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
  ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
].map((match) => match[1]);
// Before the first paint the app also loads the visitor's language (a chunk of its own): count the heaviest.
const localeChunks = readdirSync(join(dist, 'assets')).filter((name) => /^(en|ar|fr)-[\w-]+\.js$/.test(name));
const heaviestLocale = localeChunks
  .map((name) => ({ src: `/assets/${name}`, size: gzipSync(readFileSync(join(dist, 'assets', name)), { level: 9 }).length }))
  .sort((a, b) => b.size - a.size)[0];
if (heaviestLocale) initial.push(heaviestLocale.src);

const files = initial.map((src) => {
  const bytes = readFileSync(join(dist, src));
  return { file: src, raw_kb: +(bytes.length / 1024).toFixed(1), gzip_kb: +(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(1) };
});
const total = +files.reduce((sum, f) => sum + f.gzip_kb, 0).toFixed(1);
process.stdout.write(`initial JavaScript: ${total} KB gzipped (budget 170 KB)\n`);
for (const f of files) process.stdout.write(`  ${f.file}: ${f.gzip_kb} KB\n`);

const resultFile = join(root, 'bench/results/web.json');
const previous = existsSync(resultFile) ? (JSON.parse(readFileSync(resultFile, 'utf8')) as { lighthouse?: unknown }) : {};

async function main(): Promise<void> {
  const lighthouse = process.argv.includes('--skip-lighthouse') ? (previous.lighthouse ?? null) : await runLighthouse();
  const result = { initial_js_gzip_kb: total, budget_kb: 170, files, lighthouse, measured_at: new Date().toISOString() };
  mkdirSync(join(root, 'bench/results'), { recursive: true });
  writeFileSync(resultFile, `${JSON.stringify(result, null, 2)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
