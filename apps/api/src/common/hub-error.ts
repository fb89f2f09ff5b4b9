/**
 * The one error type user-facing failures are thrown as. The GraphQL layer maps it, in one place
 * (common/graphql-errors.ts), to an error whose `extensions.code` clients can switch on.
 */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'VALIDATION_FAILED',
  'CONFLICT',
  'RATE_LIMITED',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldProblem {
  /** Dotted path of the input field, e.g. `input.title`. */
  field: string;
  message: string;
}

/** Where personal data seems to be, so the author can see it and redact it in place. */
export interface PersonalDataHint {
  field: string;
  kind: string;
  start: number;
  end: number;
  /** Admin-configured patterns (kind CUSTOM): which one, and what it finds in each language. */
  patternId?: string;
  label?: { en: string; ar: string; fr: string };
}

export class HubError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: { fields?: FieldProblem[]; retryAfterSeconds?: number; personalData?: PersonalDataHint[] } = {},
  ) {
    super(message);
    this.name = 'HubError';
  }

  static unauthenticated(message = 'Sign in to do this.'): HubError {
    return new HubError('UNAUTHENTICATED', message);
  }

  static forbidden(message = 'You are not allowed to do this.'): HubError {
    return new HubError('FORBIDDEN', message);
  }

  /** Also used for content that exists but the caller may not see: its existence is not revealed. */
  static notFound(what: string): HubError {
    return new HubError('NOT_FOUND', `${what} was not found.`);
  }

  static invalid(fields: FieldProblem[], message = 'Some fields are not valid.'): HubError {
    return new HubError('VALIDATION_FAILED', message, { fields });
  }

  static conflict(message: string): HubError {
    return new HubError('CONFLICT', message);
  }
}
