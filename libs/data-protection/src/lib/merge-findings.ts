import type { PersonalDataKind, Span } from './personal-data.types';

// When spans of different kinds overlap, the most specific identifier names the merged span.
const PRIORITY: readonly PersonalDataKind[] = [
  'UNHCR_CASE_NUMBER',
  'UNHCR_INDIVIDUAL_ID',
  'UNHCR_BARCODE',
  'EMAIL',
  'COORDINATES',
  'PHONE_LEBANON',
  'PHONE_SYRIA',
  'NATIONAL_ID',
  'CUSTOM',
];

function outranks(a: Span, b: Span): boolean {
  const lengthA = a.end - a.start;
  const lengthB = b.end - b.start;
  if (lengthA !== lengthB) return lengthA > lengthB;
  return PRIORITY.indexOf(a.kind) < PRIORITY.indexOf(b.kind);
}

/**
 * Overlapping spans become one span covering all of them (so redaction leaves nothing behind),
 * named after the longest one.
 */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  let current: { span: Span; lead: Span } | undefined;
  for (const span of sorted) {
    if (current && span.start < current.span.end) {
      const lead = outranks(span, current.lead) ? span : current.lead;
      current = {
        lead,
        span: { ...lead, start: current.span.start, end: Math.max(current.span.end, span.end) },
      };
      continue;
    }
    if (current) merged.push(current.span);
    current = { span, lead: span };
  }
  if (current) merged.push(current.span);
  return merged;
}
