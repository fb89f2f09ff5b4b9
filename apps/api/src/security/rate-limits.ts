/** A fixed window: at most `limit` requests per `windowSeconds`. */
export interface RateLimit {
  limit: number;
  windowSeconds: number;
}

export interface RateLimits {
  /** Sign-in attempts from one client address. */
  signInPerIp: RateLimit;
  /** Sign-in attempts for one e-mail address, from anywhere (slows distributed guessing). */
  signInPerAccount: RateLimit;
  /** acceptInvitation, requestPasswordReset and resetPassword, each counted on its own, per address. */
  accountLinksPerIp: RateLimit;
  /** Mutations by one signed-in user. */
  writesPerUser: RateLimit;
}

export const RATE_LIMIT_PATTERN = /^([1-9]\d{0,6})\/([1-9]\d{0,6})$/;

/**
 * Production defaults. Sign-in per address follows Discourse (6 a minute); per account, 10 in 15
 * minutes sits just above the lockout (accounts.service.ts) so lockout stays the first answer.
 * Account links: 20 in 15 minutes per address, so an office behind one NAT can still onboard a
 * training group while token guessing and reset-mail flooding stay slow. Writes: 60 a minute is
 * one every second, far above what a person clicking through the web app does.
 */
export const DEFAULT_RATE_LIMITS: RateLimits = {
  signInPerIp: { limit: 6, windowSeconds: 60 },
  signInPerAccount: { limit: 10, windowSeconds: 900 },
  accountLinksPerIp: { limit: 20, windowSeconds: 900 },
  writesPerUser: { limit: 60, windowSeconds: 60 },
};

/**
 * With NODE_ENV=test every limit defaults to effectively off: the API suites sign in, accept
 * invitations and write hundreds of times a minute from 127.0.0.1. The security tests set the
 * variables they exercise explicitly.
 */
const TEST_DEFAULT: RateLimit = { limit: 1_000_000, windowSeconds: 60 };

export function parseRateLimit(value: string): RateLimit {
  const match = RATE_LIMIT_PATTERN.exec(value);
  if (!match) throw new Error(`not a rate limit: ${value}`);
  return { limit: Number(match[1]), windowSeconds: Number(match[2]) };
}

export function rateLimitsFrom(env: 'development' | 'test' | 'production', values: Partial<Record<keyof RateLimits, string>>): RateLimits {
  const pick = (key: keyof RateLimits): RateLimit => {
    const value = values[key];
    if (value) return parseRateLimit(value);
    return env === 'test' ? TEST_DEFAULT : DEFAULT_RATE_LIMITS[key];
  };
  return {
    signInPerIp: pick('signInPerIp'),
    signInPerAccount: pick('signInPerAccount'),
    accountLinksPerIp: pick('accountLinksPerIp'),
    writesPerUser: pick('writesPerUser'),
  };
}
