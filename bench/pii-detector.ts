/**
 * Measures the personal-data detector on the labelled snippets in bench/pii/snippets.json and writes
 * bench/results/pii-detector.json. Run: npx tsx --tsconfig tsconfig.base.json bench/pii-detector.ts
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { evaluateDetector, type LabelledSnippet, type Score } from '@hub/data-protection';

const benchDir = __dirname;
const snippetsPath = join(benchDir, 'pii', 'snippets.json');
const resultsPath = join(benchDir, 'results', 'pii-detector.json');

const snippets = JSON.parse(readFileSync(snippetsPath, 'utf8')) as LabelledSnippet[];
const evaluation = evaluateDetector(snippets);

function row(name: string, s: Score): string {
  const cells = [s.truePositives, s.falsePositives, s.falseNegatives].map((n) => String(n).padStart(4));
  return `${name.padEnd(22)}${cells.join(' ')}   ${s.precision.toFixed(3)}   ${s.recall.toFixed(3)}`;
}

console.log(`${snippets.length} snippets (${evaluation.nearMissSnippets} near-misses)\n`);
console.log(`${'kind'.padEnd(22)}  TP   FP   FN   precision recall`);
for (const [kind, s] of Object.entries(evaluation.byKind)) console.log(row(kind, s));
console.log(row('ALL', evaluation.overall));
console.log('');
for (const [language, s] of Object.entries(evaluation.byLanguage)) console.log(row(`language ${language}`, s));
console.log(`\nErrors (${evaluation.errors.length}):`);
for (const e of evaluation.errors) console.log(`  ${e.snippetId} ${e.type} ${e.kind}: ${e.text}`);

mkdirSync(dirname(resultsPath), { recursive: true });
writeFileSync(resultsPath, `${JSON.stringify(evaluation, null, 2)}\n`);
console.log(`\nWrote ${resultsPath}`);
