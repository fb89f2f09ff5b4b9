/**
 * Web weight: the JavaScript a first visit downloads before any route chunk (the entry script and
 * its module preloads), gzip-compressed as served. Run after `npx nx build web`:
 *   npx tsx --tsconfig tsconfig.base.json bench/web.ts
 * Writes bench/results/web.json. Lighthouse scores are not measured yet (see README).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

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
const result = { initial_js_gzip_kb: total, budget_kb: 170, files, lighthouse: null, measured_at: new Date().toISOString() };
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(join(root, 'bench/results/web.json'), `${JSON.stringify(result, null, 2)}\n`);
process.stdout.write(`initial JavaScript: ${total} KB gzipped (budget 170 KB)\n`);
for (const f of files) process.stdout.write(`  ${f.file}: ${f.gzip_kb} KB\n`);
