import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { evaluateDetector, type LabelledSnippet } from './detector-evaluation';

// The labelled set lives with the bench script at the repository root.
const snippetsPath = resolve(__dirname, '../../../../bench/pii/snippets.json');

describe('personal-data detector quality gate (bench/pii/snippets.json)', () => {
  const snippets = JSON.parse(readFileSync(snippetsPath, 'utf8')) as LabelledSnippet[];
  const evaluation = evaluateDetector(snippets);

  it('runs on a large, mixed-language set with many near-misses', () => {
    expect(snippets.length).toBeGreaterThanOrEqual(240);
    expect(new Set(snippets.map((s) => s.language))).toEqual(new Set(['en', 'ar', 'fr']));
    expect(evaluation.nearMissSnippets / snippets.length).toBeGreaterThanOrEqual(0.4);
  });

  it('keeps recall at or above 0.95', () => {
    expect(evaluation.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('keeps precision at or above 0.90', () => {
    expect(evaluation.precision).toBeGreaterThanOrEqual(0.9);
  });
});
