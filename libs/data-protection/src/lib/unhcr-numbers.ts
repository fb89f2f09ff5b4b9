import type { Span } from './personal-data.types';

/** Prefixes seen in Lebanon (DOMAIN.md); overridable through DetectionOptions.unhcrPrefixes. */
export const DEFAULT_UNHCR_PREFIXES: readonly string[] = [
  'LEB', 'LB1', 'LB2', 'LBE', 'B6A', '245', '380', '568', '705', '781', '909', '947', '954',
];

// Barcodes look like LB-123-456789; P-codes (LB51, LB2301) never have the two dashed groups.
const BARCODE = /(?<![A-Za-z0-9])LB[-\s]\d{3}[-\s]\d{6}(?![A-Za-z0-9])/gi;

const regexCache = new Map<string, RegExp>();

function escapeForRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Case `PREFIX-12C12345` (or `PREFIX-12-123456`) and individual `PREFIX-12345678`. */
function caseAndIndividualRegExp(prefixes: readonly string[]): RegExp {
  const key = prefixes.join('|');
  const cached = regexCache.get(key);
  if (cached) return cached;
  // A numeric prefix glued to its digits would read as any 11-digit number, so it needs a separator.
  const lettered = prefixes.filter((p) => !/^\d+$/.test(p)).map(escapeForRegExp);
  const numeric = prefixes.filter((p) => /^\d+$/.test(p)).map(escapeForRegExp);
  const heads: string[] = [];
  if (lettered.length > 0) heads.push(`(?:${lettered.join('|')})[-\\s]?`);
  if (numeric.length > 0) heads.push(`(?:${numeric.join('|')})[-\\s]`);
  const regex = new RegExp(
    `(?<![A-Za-z0-9])(?:${heads.join('|')})(?:(\\d{2}[C-]\\d{5,6})|(\\d{8}))(?![A-Za-z0-9])`,
    'gi',
  );
  regexCache.set(key, regex);
  return regex;
}

export function findUnhcrNumbers(folded: string, prefixes: readonly string[]): Span[] {
  const spans: Span[] = [];
  if (prefixes.length > 0) {
    for (const match of folded.matchAll(caseAndIndividualRegExp(prefixes))) {
      spans.push({
        kind: match[1] !== undefined ? 'UNHCR_CASE_NUMBER' : 'UNHCR_INDIVIDUAL_ID',
        start: match.index,
        end: match.index + match[0].length,
      });
    }
  }
  for (const match of folded.matchAll(BARCODE)) {
    spans.push({ kind: 'UNHCR_BARCODE', start: match.index, end: match.index + match[0].length });
  }
  return spans;
}
