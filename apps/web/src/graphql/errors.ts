import { CombinedGraphQLErrors } from '@apollo/client';
import type { GraphQLFormattedError } from 'graphql';

/** The `extensions.code` values the API sends (see the API's hub-error). */
export type ApiErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'VALIDATION_FAILED'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR';

const KNOWN_CODES: ReadonlySet<string> = new Set<ApiErrorCode>([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'VALIDATION_FAILED',
  'CONFLICT',
  'RATE_LIMITED',
  'INTERNAL_SERVER_ERROR',
]);

function firstError(error: unknown): GraphQLFormattedError | undefined {
  return CombinedGraphQLErrors.is(error) ? error.errors[0] : undefined;
}

/** The API's error code, or undefined for network failures and unknown errors. */
export function errorCode(error: unknown): ApiErrorCode | undefined {
  const code = firstError(error)?.extensions?.['code'];
  return typeof code === 'string' && KNOWN_CODES.has(code) ? (code as ApiErrorCode) : undefined;
}

export function hasErrorCode(errors: ReadonlyArray<GraphQLFormattedError> | undefined, code: ApiErrorCode): boolean {
  return (errors ?? []).some((error) => error.extensions?.['code'] === code);
}

/** Seconds to wait after RATE_LIMITED, when the API says. */
export function retryAfterSeconds(error: unknown): number | undefined {
  const seconds = firstError(error)?.extensions?.['retryAfterSeconds'];
  return typeof seconds === 'number' ? seconds : undefined;
}

export type FieldErrors = Readonly<Record<string, string>>;

/**
 * VALIDATION_FAILED messages by field, with the `input.` prefix removed (`input.title` → `title`,
 * `input.source.year` → `source.year`), so each message can be shown next to its field.
 */
export function fieldErrorsOf(error: unknown): FieldErrors {
  const fields = firstError(error)?.extensions?.['fields'];
  if (!Array.isArray(fields)) return {};
  const result: Record<string, string> = {};
  for (const entry of fields as unknown[]) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { field, message } = entry as { field?: unknown; message?: unknown };
    if (typeof field !== 'string' || typeof message !== 'string') continue;
    const key = field.replace(/^input\./, '');
    result[key] ??= message;
  }
  return result;
}

/** True when VALIDATION_FAILED was about likely personal data (the API can then hold the text for review). */
export function hasPersonalData(error: unknown): boolean {
  const hints = firstError(error)?.extensions?.['personalData'];
  return Array.isArray(hints) && hints.length > 0;
}

/** Where the API found likely personal data (VALIDATION_FAILED): field, offsets into the text sent, kind. */
export interface PersonalDataHint {
  /** Dotted input path, e.g. `input.body` or `input.source.indicator`. */
  field: string;
  kind: string;
  start: number;
  end: number;
  /** Admin-configured patterns (kind CUSTOM): what they find, in each language. */
  label?: { en: string; ar: string; fr: string };
}

export function personalDataHintsOf(error: unknown): PersonalDataHint[] {
  const hints = firstError(error)?.extensions?.['personalData'];
  if (!Array.isArray(hints)) return [];
  return (hints as unknown[]).filter(
    (hint): hint is PersonalDataHint =>
      typeof hint === 'object' &&
      hint !== null &&
      typeof (hint as PersonalDataHint).field === 'string' &&
      typeof (hint as PersonalDataHint).kind === 'string' &&
      Number.isInteger((hint as PersonalDataHint).start) &&
      Number.isInteger((hint as PersonalDataHint).end),
  );
}
