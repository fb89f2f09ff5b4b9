import { createContext, Script } from 'node:vm';
import { LIMITS } from '@hub/domain';
import { validateCustomPattern, type CustomPatternErrorCode } from '@hub/data-protection';

/** How long one adversarial probe may take before the pattern counts as catastrophic. */
export const PROBE_TIMEOUT_MS = 150;
/**
 * A probe that times out is run again before the pattern is refused: a catastrophic pattern is slow
 * every time, while a safe one (well under a millisecond) times out only when the machine stalls
 * the thread, e.g. a busy CI machine or a garbage collection, and that does not happen three times running.
 */
const PROBE_ATTEMPTS = 3;

/** Matches the probe in a separate V8 context, whose timeout interrupts the regular expression engine. */
const PROBE = new Script('count = 0; for (const m of input.matchAll(regex)) { if (++count > 2000) break; }');

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
  const context = createContext({});
  for (const input of inputs) {
    if (!probeFinishesInTime(context, input, basic.regex)) {
      return { valid: false, code: 'SLOW', message: 'The pattern takes too long on long texts (catastrophic backtracking); make its repetitions unambiguous, e.g. anchor it with \\b.' };
    }
  }
  return basic;
}

function probeFinishesInTime(context: ReturnType<typeof createContext>, input: string, regex: RegExp): boolean {
  for (let attempt = 0; attempt < PROBE_ATTEMPTS; attempt += 1) {
    // matchAll works on a copy of the expression, so one compiled RegExp serves every attempt.
    Object.assign(context, { input, regex });
    try {
      PROBE.runInContext(context, { timeout: PROBE_TIMEOUT_MS });
      return true;
    } catch (error) {
      if ((error as { code?: string }).code !== 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw error;
    }
  }
  return false;
}
