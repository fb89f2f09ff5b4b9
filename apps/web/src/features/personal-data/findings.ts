import { placeholderFor, type PersonalDataKind, type PlaceholderLanguage } from '@hub/data-protection';
import type { PersonalDataHint } from '../../graphql/errors';

/** A finding tied to the text it was found in, so a later edit of that text makes it stale. */
export interface Finding {
  /** The form's field name (the API's `input.` prefix removed). */
  field: string;
  kind: string;
  start: number;
  end: number;
  /** What was found, as the author wrote it. */
  text: string;
  label?: { en: string; ar: string; fr: string };
}

const KINDS: ReadonlySet<string> = new Set<PersonalDataKind>([
  'UNHCR_CASE_NUMBER',
  'UNHCR_INDIVIDUAL_ID',
  'UNHCR_BARCODE',
  'PHONE_LEBANON',
  'PHONE_SYRIA',
  'EMAIL',
  'NATIONAL_ID',
  'COORDINATES',
  'CUSTOM',
]);

/** The API's hints as findings on the texts the form sent; hints that do not fit the text are dropped. */
export function findingsFrom(hints: readonly PersonalDataHint[], sent: Readonly<Record<string, string>>): Finding[] {
  return hints.flatMap((hint) => {
    const field = hint.field.replace(/^input\./, '');
    const value = sent[field];
    if (value === undefined || hint.start < 0 || hint.end > value.length || hint.end <= hint.start) return [];
    return [{ field, kind: hint.kind, start: hint.start, end: hint.end, text: value.slice(hint.start, hint.end), label: hint.label }];
  });
}

/**
 * For a form that trims a field before sending it: the findings (offsets into the trimmed text)
 * moved onto the value the author sees. Findings that fit neither are dropped.
 */
export function onUntrimmed(findings: readonly Finding[], values: Readonly<Record<string, string>>): Finding[] {
  return findings.flatMap((finding) => {
    const value = values[finding.field];
    if (value === undefined) return [];
    const lead = value.length - value.trimStart().length;
    const moved = { ...finding, start: finding.start + lead, end: finding.end + lead };
    if (isCurrent(moved, value)) return [moved];
    return isCurrent(finding, value) ? [finding] : [];
  });
}

export function placeholder(kind: string, language: PlaceholderLanguage): string {
  return placeholderFor(KINDS.has(kind) ? (kind as PersonalDataKind) : 'CUSTOM', language);
}

/** Whether the finding still points at what was found (the author may have edited the text since). */
export function isCurrent(finding: Finding, value: string): boolean {
  return value.slice(finding.start, finding.end) === finding.text;
}

/**
 * Replaces one finding in its field with the placeholder and moves the later findings of that
 * field by the change in length. Returns the new value and the findings left.
 */
export function redactOne(value: string, finding: Finding, findings: readonly Finding[], language: PlaceholderLanguage): { value: string; findings: Finding[] } {
  if (!isCurrent(finding, value)) return { value, findings: findings.filter((f) => f !== finding) };
  const replacement = placeholder(finding.kind, language);
  const delta = replacement.length - (finding.end - finding.start);
  const next = value.slice(0, finding.start) + replacement + value.slice(finding.end);
  const rest = findings
    .filter((f) => f !== finding)
    .map((f) => (f.field === finding.field && f.start >= finding.end ? { ...f, start: f.start + delta, end: f.end + delta } : f));
  return { value: next, findings: rest };
}

/** Replaces every finding of every field; returns the new values of the fields that changed. */
export function redactAll(values: Readonly<Record<string, string>>, findings: readonly Finding[], language: PlaceholderLanguage): Record<string, string> {
  const result: Record<string, string> = {};
  for (const field of new Set(findings.map((f) => f.field))) {
    const current = values[field] ?? '';
    // From the end, so earlier offsets stay valid.
    const ordered = findings.filter((f) => f.field === field && isCurrent(f, current)).sort((a, b) => b.start - a.start);
    let next = current;
    let floor = Number.POSITIVE_INFINITY;
    for (const finding of ordered) {
      if (finding.end > floor) continue;
      next = next.slice(0, finding.start) + placeholder(finding.kind, language) + next.slice(finding.end);
      floor = finding.start;
    }
    result[field] = next;
  }
  return result;
}
