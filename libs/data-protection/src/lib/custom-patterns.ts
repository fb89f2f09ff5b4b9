import type { CustomPattern, Span } from './personal-data.types';

export const MAX_CUSTOM_PATTERN_LENGTH = 500;
/** Custom patterns scan at most this many UTF-16 units, bounding the cost of an unlucky pattern. */
export const MAX_CUSTOM_PATTERN_INPUT = 100_000;
const MAX_MATCHES_PER_PATTERN = 1_000;
const ALLOWED_FLAGS = /^[imsu]*$/;
const EMPTY_MATCH_PROBES = [
  '',
  'abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789 .,;:-_/@#+()[]\'"!?%$',
  'أبتثجحخدذرزسشصضطظعغفقكلمنهوي ةى ء ، éèàçôœ\n\t',
];

export type CustomPatternErrorCode =
  | 'MISSING_ID'
  | 'MISSING_LABEL'
  | 'TOO_LONG'
  | 'INVALID_FLAGS'
  | 'SYNTAX'
  | 'MATCHES_EMPTY'
  | 'NESTED_QUANTIFIER';

export type CustomPatternValidation =
  | { valid: true; regex: RegExp }
  | { valid: false; code: CustomPatternErrorCode; message: string };

/**
 * A quantified group that itself contains a quantifier, e.g. (a+)+ or (\d*)*: the classic shape of
 * catastrophic backtracking. A heuristic, not a proof; overlapping alternations still get through.
 */
export function hasNestedQuantifier(source: string): boolean {
  const groupHasQuantifier: boolean[] = [];
  let inClass = false;
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i];
    if (char === '\\') {
      i += 1;
      continue;
    }
    if (inClass) {
      if (char === ']') inClass = false;
      continue;
    }
    if (char === '[') inClass = true;
    else if (char === '(') groupHasQuantifier.push(false);
    else if (char === ')') {
      const inner = groupHasQuantifier.pop() ?? false;
      const next = source[i + 1];
      const quantified = next === '+' || next === '*' || next === '{';
      if (inner && quantified) return true;
      if (inner && groupHasQuantifier.length > 0) groupHasQuantifier[groupHasQuantifier.length - 1] = true;
    } else if ((char === '+' || char === '*' || char === '{') && groupHasQuantifier.length > 0) {
      groupHasQuantifier[groupHasQuantifier.length - 1] = true;
    }
  }
  return false;
}

function invalid(code: CustomPatternErrorCode, message: string): CustomPatternValidation {
  return { valid: false, code, message };
}

/** Checks an admin's pattern before it is saved; the detector silently skips invalid ones. */
export function validateCustomPattern(pattern: CustomPattern): CustomPatternValidation {
  if (pattern.id.trim() === '') return invalid('MISSING_ID', 'The pattern needs an id.');
  if (pattern.label.trim() === '') return invalid('MISSING_LABEL', 'The pattern needs a label.');
  if (pattern.pattern.length === 0 || pattern.pattern.length > MAX_CUSTOM_PATTERN_LENGTH) {
    return invalid('TOO_LONG', `The pattern must have 1 to ${MAX_CUSTOM_PATTERN_LENGTH} characters.`);
  }
  const flags = (pattern.flags ?? '').replace(/g/g, '');
  if (!ALLOWED_FLAGS.test(flags) || new Set(flags).size !== flags.length) {
    return invalid('INVALID_FLAGS', 'Flags may only be i, m, s and u, each once.');
  }
  if (hasNestedQuantifier(pattern.pattern)) {
    return invalid('NESTED_QUANTIFIER', 'Nested repetition such as (a+)+ can freeze the server.');
  }
  let regex: RegExp;
  try {
    regex = new RegExp(pattern.pattern, `${flags}g`);
  } catch (error: unknown) {
    const reason = error instanceof Error ? error.message : String(error);
    return invalid('SYNTAX', `Not a valid regular expression: ${reason}`);
  }
  // A pattern that can match nothing (x*, (?=x), \b) flags positions, not data; probe common text.
  for (const probe of EMPTY_MATCH_PROBES) {
    if ([...probe.matchAll(regex)].some((match) => match[0].length === 0)) {
      return invalid('MATCHES_EMPTY', 'The pattern can match the empty string.');
    }
  }
  return { valid: true, regex };
}

// Patterns come from settings and repeat on every submit: compile and probe each source once.
const validationCache = new Map<string, CustomPatternValidation>();
const MAX_CACHED_PATTERNS = 500;

function cachedValidation(pattern: CustomPattern): CustomPatternValidation {
  const key = JSON.stringify([pattern.id, pattern.label, pattern.pattern, pattern.flags ?? '']);
  const cached = validationCache.get(key);
  if (cached) return cached;
  const validation = validateCustomPattern(pattern);
  if (validationCache.size >= MAX_CACHED_PATTERNS) validationCache.clear();
  validationCache.set(key, validation);
  return validation;
}

export function findCustomPatterns(folded: string, patterns: readonly CustomPattern[]): Span[] {
  const spans: Span[] = [];
  const input = folded.slice(0, MAX_CUSTOM_PATTERN_INPUT);
  for (const pattern of patterns) {
    const validation = cachedValidation(pattern);
    if (!validation.valid) continue;
    let count = 0;
    for (const match of input.matchAll(validation.regex)) {
      if (match[0].length === 0) continue;
      spans.push({
        kind: 'CUSTOM',
        start: match.index,
        end: match.index + match[0].length,
        patternId: pattern.id,
        patternLabel: pattern.label,
      });
      count += 1;
      if (count >= MAX_MATCHES_PER_PATTERN) break;
    }
  }
  return spans;
}
