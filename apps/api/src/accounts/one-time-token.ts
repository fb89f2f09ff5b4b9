import { randomBytes } from 'node:crypto';
import { hashSecret } from './refresh-token';

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** A random single-use secret for a link (invitation, password reset); only its SHA-256 is stored. */
export function newOneTimeToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashSecret(token) };
}

/** The hash to look a presented token up by, or null when it cannot be one of ours. */
export function hashOneTimeToken(token: string): string | null {
  return TOKEN.test(token) ? hashSecret(token) : null;
}
