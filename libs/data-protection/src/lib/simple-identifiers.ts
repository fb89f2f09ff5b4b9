import { isNextToCurrency } from './number-context';
import type { Span } from './personal-data.types';

// The look-behind makes every attempt start at the beginning of a run, so matching stays linear.
const EMAIL =
  /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![A-Za-z0-9-])/g;

// A bare run of digits, not part of a code (LB2301), a decimal, a date or a grouped amount.
const DIGIT_RUN = /(?<![A-Za-z0-9_+\-/.,])\d+(?![A-Za-z0-9_\-/])(?![.,]\d)/g;

export const DEFAULT_NATIONAL_ID_LENGTHS: readonly number[] = [11, 12];

export function findEmailAddresses(folded: string): Span[] {
  return [...folded.matchAll(EMAIL)].map((match) => ({
    kind: 'EMAIL' as const,
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** Syrian national numbers (11 digits) and Lebanese id numbers (12): only unbroken runs. */
export function findNationalIds(folded: string, lengths: readonly number[]): Span[] {
  const spans: Span[] = [];
  for (const match of folded.matchAll(DIGIT_RUN)) {
    const start = match.index;
    const end = start + match[0].length;
    if (lengths.includes(match[0].length) && !isNextToCurrency(folded, start, end)) {
      spans.push({ kind: 'NATIONAL_ID', start, end });
    }
  }
  return spans;
}
