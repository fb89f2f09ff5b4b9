import { isNextToCurrency } from './number-context';
import type { PersonalDataKind, Span } from './personal-data.types';

/**
 * A run of digit groups joined by phone separators (space, dash, dot, slash, brackets). Runs that
 * touch a Latin letter or digit (P-codes such as LB2301, ids) or follow "1," / "1." are skipped.
 */
const DIGIT_GROUP_RUN =
  /(?<![A-Za-z0-9_+])(?<!\d[.,])\(?\+?\d+(?:(?:[ \u00A0]?[-./()][ \u00A0]?|[ \u00A0]{1,2})\d+)*/g;

const LEBANESE_MOBILE = /^(?:3\d{6}|(?:70|71|76|78|79|81)\d{6})$/;
const LEBANESE_NATIONAL_NUMBER = /^(?:3\d{6}|(?:70|71|76|78|79|81)\d{6}|[14-9]\d{6})$/;
const SYRIAN_NATIONAL_NUMBER = /^(?:9\d{8}|[1-9]\d{7,8})$/;
const LONGEST_PHONE_DIGITS = 15;

interface DigitGroup {
  digits: string;
  start: number;
  end: number;
}

interface Classification {
  kind: PersonalDataKind;
  /** No trunk 0 and no country code: "70 123 456" could also be an amount. */
  bare: boolean;
}

/** Digits of an international number (after + or 00): only Lebanon and Syria count. */
function classifyInternational(digits: string): Classification | null {
  const national = (rest: string): string => (rest.startsWith('0') ? rest.slice(1) : rest);
  if (digits.startsWith('961') && LEBANESE_NATIONAL_NUMBER.test(national(digits.slice(3)))) {
    return { kind: 'PHONE_LEBANON', bare: false };
  }
  if (digits.startsWith('963') && SYRIAN_NATIONAL_NUMBER.test(national(digits.slice(3)))) {
    return { kind: 'PHONE_SYRIA', bare: false };
  }
  return null;
}

function classifyDomestic(digits: string): Classification | null {
  // Country code written without + or 00: accept mobiles only, the safest reading.
  if (digits.startsWith('961') && LEBANESE_MOBILE.test(digits.slice(3))) {
    return { kind: 'PHONE_LEBANON', bare: false };
  }
  if (digits.startsWith('963') && /^9\d{8}$/.test(digits.slice(3))) {
    return { kind: 'PHONE_SYRIA', bare: false };
  }
  if (/^09\d{8}$/.test(digits)) return { kind: 'PHONE_SYRIA', bare: false };
  // 03-123456 (mobile) and 0 + area code + 6 digits (landlines 01, 04–09).
  if (/^0[314-9]\d{6}$/.test(digits)) return { kind: 'PHONE_LEBANON', bare: false };
  if (/^0(?:70|71|76|78|79|81)\d{6}$/.test(digits)) return { kind: 'PHONE_LEBANON', bare: false };
  if (/^(?:70|71|76|78|79|81)\d{6}$/.test(digits)) return { kind: 'PHONE_LEBANON', bare: true };
  return null;
}

function digitGroups(run: string, offset: number): DigitGroup[] {
  return [...run.matchAll(/\d+/g)].map((m) => ({
    digits: m[0],
    start: offset + m.index,
    end: offset + m.index + m[0].length,
  }));
}

/** "/", " - " or a double space between two numbers: they may be two numbers, not one. */
function isStrongSeparator(separator: string): boolean {
  return separator.includes('/') || /^\s+-\s+$/.test(separator) || /^\s{2,}$/.test(separator);
}

/** 03/12/2023, 2023-03-12, 12.03.24: day-month-year shapes that fold into phone-like digits. */
function looksLikeDate(groups: readonly DigitGroup[], separators: readonly string[]): boolean {
  if (groups.length !== 3) return false;
  const [first, second] = separators;
  if (first !== second || !/^[-./]$/.test(first ?? '')) return false;
  const lengths = groups.map((g) => g.digits.length).join(',');
  return /^([12],[12],(2|4)|4,[12],[12])$/.test(lengths);
}

/** Keeps a leading "+" and a bracket that closes inside the number: "(+961) 70…", "(03) 123456". */
function phoneStart(run: string, runStart: number, groups: readonly DigitGroup[], first: number): number {
  if (first > 0) return groups[first].start;
  const opening = run.startsWith('(') && run.slice(groups[0].end - runStart).startsWith(')');
  if (opening) return runStart;
  return run.includes('+') ? runStart + run.indexOf('+') : groups[0].start;
}

export function findPhoneNumbers(folded: string): Span[] {
  const spans: Span[] = [];
  for (const run of folded.matchAll(DIGIT_GROUP_RUN)) {
    const groups = digitGroups(run[0], run.index);
    const hasPlus = run[0].includes('+');
    const separators = groups.slice(1).map((g, i) => folded.slice(groups[i].end, g.start));
    const international = hasPlus || groups[0].digits.startsWith('00');
    if (international) {
      const all = groups.map((g) => g.digits).join('').replace(/^00/, '');
      // A foreign number (+33, +962, 0044…) is skipped whole so no tail of it reads as Lebanese.
      if (!all.startsWith('961') && !all.startsWith('963')) continue;
    }
    let i = 0;
    while (i < groups.length) {
      const match = longestPhoneFrom(folded, groups, separators, i, international && i === 0);
      if (match) {
        spans.push({ kind: match.kind, start: phoneStart(run[0], run.index, groups, i), end: groups[match.last].end });
        i = match.last + 1;
      } else {
        i += 1;
      }
    }
  }
  return spans;
}

function longestPhoneFrom(
  folded: string,
  groups: readonly DigitGroup[],
  separators: readonly string[],
  first: number,
  international: boolean,
): { kind: PersonalDataKind; last: number } | null {
  // Inside a longer run a phone must be set off by a strong separator (not "06 12 34 56 78").
  if (first > 0 && !isStrongSeparator(separators[first - 1])) return null;
  let digits = '';
  let best: { kind: PersonalDataKind; last: number } | null = null;
  for (let last = first; last < groups.length; last += 1) {
    digits += groups[last].digits;
    if (digits.length > LONGEST_PHONE_DIGITS + 2) break;
    const endsRun = last === groups.length - 1 || isStrongSeparator(separators[last]);
    if (!endsRun) continue;
    const found = international
      ? classifyInternational(digits.replace(/^00/, ''))
      : classifyDomestic(digits);
    if (!found) continue;
    const used = groups.slice(first, last + 1);
    if (looksLikeDate(used, separators.slice(first, last))) continue;
    if (!international && isNextToCurrency(folded, used[0].start, used[used.length - 1].end)) continue;
    // Bare eight-digit numbers ending in 000 are amounts ("71 500 000"), not phones.
    if (found.bare && digits.endsWith('000')) continue;
    best = { kind: found.kind, last };
  }
  return best;
}
