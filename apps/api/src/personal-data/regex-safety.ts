import { runInNewContext } from 'node:vm';
import { LIMITS } from '@hub/domain';
import { validateCustomPattern, type CustomPatternErrorCode } from '@hub/data-protection';

/** How long one adversarial probe may take before the pattern counts as catastrophic. */
export const PROBE_TIMEOUT_MS = 150;

export type PatternProblemCode = CustomPatternErrorCode | 'SLOW';

export type PatternCheck = { valid: true; regex: RegExp } | { valid: false; code: PatternProblemCode; message: string };

/** Runs of one character class, ending in characters that make most patterns fail late. */
const PUMPS = ['a', 'A', '0', '1', ' ', 'a ', '0 ', '-', '.', '@', 'a.', '0-', 'ا', 'aa0', '\n'];
const ENDINGS = ['!', '\u0000', '', 'a!', '0!'];

/** Literal characters of the pattern (outside escapes and classes are enough for pumping). */
function literalPumps(source: string): string[] {
  const literals = new Set<string>();
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i];
    if (char === '\\') {
      const next = source[i + 1] ?? '';
      if (/[.\-/@#+()[\]{}|?*^$ ]/.test(next)) literals.add(next);
      i += 1;
    } else if (/[\p{L}\p{N}\-_@#/:]/u.test(char)) literals.add(char);
  }
  const chars = [...literals].slice(0, 20);
  return [...chars, chars.join('')].filter((pump) => pump.length > 0);
}

/**
 * Checks an admin's pattern before it is saved: the library's rules (syntax, flags, empty matches,
 * nested quantifiers), then a time-bounded match of long adversarial inputs in a separate V8
 * context whose timeout interrupts the regular expression engine. Overlapping alternations such as
 * `(a|aa)+$` or polynomial shapes slip past any syntactic rule; here they run out of time and are
 * refused, so a pattern that could freeze the API on a long contribution never reaches the detector.
 */
export function checkPattern(source: string, caseInsensitive: boolean): PatternCheck {
  const basic = validateCustomPattern({ id: 'candidate', label: 'candidate', pattern: source, flags: caseInsensitive ? 'iu' : 'u' });
  if (!basic.valid) return basic;
  const inputs: string[] = [];
  for (const pump of [...PUMPS, ...literalPumps(source)]) {
    const run = pump.repeat(Math.ceil(LIMITS.bodyMax / pump.length)).slice(0, LIMITS.bodyMax);
    for (const ending of ENDINGS) inputs.push(run + ending);
  }
  for (const input of inputs) {
    try {
      runInNewContext('for (const m of input.matchAll(regex)) { if (++count > 2000) break; }', { input, regex: new RegExp(basic.regex.source, basic.regex.flags), count: 0 }, { timeout: PROBE_TIMEOUT_MS });
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') {
        return { valid: false, code: 'SLOW', message: 'The pattern takes too long on long texts (catastrophic backtracking); make its repetitions unambiguous, e.g. anchor it with \\b.' };
      }
      throw error;
    }
  }
  return basic;
}
