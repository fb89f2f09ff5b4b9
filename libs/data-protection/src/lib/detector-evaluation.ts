import type { PersonalDataKind } from './personal-data.types';
import { PERSONAL_DATA_KINDS } from './personal-data.types';
import { detectPersonalData } from './personal-data-detector';

/** One labelled snippet of bench/pii/snippets.json. */
export interface LabelledSnippet {
  id: string;
  language: 'en' | 'ar' | 'fr';
  text: string;
  expected: { kind: PersonalDataKind; text: string }[];
}

export interface Score {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
}

export interface EvaluationError {
  snippetId: string;
  type: 'false-positive' | 'false-negative';
  kind: PersonalDataKind;
  text: string;
}

export interface Evaluation {
  snippets: number;
  nearMissSnippets: number;
  precision: number;
  recall: number;
  overall: Score;
  byKind: Partial<Record<PersonalDataKind, Score>>;
  byLanguage: Record<string, Score>;
  errors: EvaluationError[];
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

function score(tally: Tally): Score {
  const round = (value: number): number => Math.round(value * 10_000) / 10_000;
  // An empty denominator means nothing could go wrong on that side.
  const precision = tally.tp + tally.fp === 0 ? 1 : tally.tp / (tally.tp + tally.fp);
  const recall = tally.tp + tally.fn === 0 ? 1 : tally.tp / (tally.tp + tally.fn);
  return {
    truePositives: tally.tp,
    falsePositives: tally.fp,
    falseNegatives: tally.fn,
    precision: round(precision),
    recall: round(recall),
  };
}

function bump(tallies: Map<string, Tally>, key: string, field: keyof Tally): void {
  const tally = tallies.get(key) ?? { tp: 0, fp: 0, fn: 0 };
  tally[field] += 1;
  tallies.set(key, tally);
}

/** A predicted finding counts when an expected one has the same kind and the same matched text. */
export function evaluateDetector(snippets: readonly LabelledSnippet[]): Evaluation {
  const overall: Tally = { tp: 0, fp: 0, fn: 0 };
  const byKind = new Map<string, Tally>();
  const byLanguage = new Map<string, Tally>();
  const errors: EvaluationError[] = [];
  const record = (snippet: LabelledSnippet, kind: PersonalDataKind, field: keyof Tally): void => {
    overall[field] += 1;
    bump(byKind, kind, field);
    bump(byLanguage, snippet.language, field);
  };
  for (const snippet of snippets) {
    const unmatched = [...snippet.expected];
    for (const finding of detectPersonalData(snippet.text)) {
      const index = unmatched.findIndex((e) => e.kind === finding.kind && e.text === finding.text);
      if (index >= 0) {
        unmatched.splice(index, 1);
        record(snippet, finding.kind, 'tp');
      } else {
        record(snippet, finding.kind, 'fp');
        const { kind, text } = finding;
        errors.push({ snippetId: snippet.id, type: 'false-positive', kind, text });
      }
    }
    for (const missed of unmatched) {
      record(snippet, missed.kind, 'fn');
      errors.push({ snippetId: snippet.id, type: 'false-negative', kind: missed.kind, text: missed.text });
    }
  }
  const overallScore = score(overall);
  return {
    snippets: snippets.length,
    // Near-misses: snippets with numbers in them and nothing to flag.
    nearMissSnippets: snippets.filter((s) => s.expected.length === 0 && /[\d٠-٩۰-۹]/.test(s.text)).length,
    precision: overallScore.precision,
    recall: overallScore.recall,
    overall: overallScore,
    byKind: Object.fromEntries(
      PERSONAL_DATA_KINDS.flatMap((kind) => {
        const tally = byKind.get(kind);
        return tally ? [[kind, score(tally)]] : [];
      }),
    ),
    byLanguage: Object.fromEntries([...byLanguage].map(([language, tally]) => [language, score(tally)])),
    errors,
  };
}
