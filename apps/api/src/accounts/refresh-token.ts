import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const REFRESH_COOKIE = 'hub_refresh';
export const REFRESH_TTL_MS = 30 * 24 * 3600 * 1000;

/** `<sessionId>.<secret>`: the session to look up, and the secret only its hash is stored for. */
export function newRefreshToken(sessionId: string): { token: string; hash: string } {
  const secret = randomBytes(32).toString('base64url');
  return { token: `${sessionId}.${secret}`, hash: hashSecret(secret) };
}

export function parseRefreshToken(token: string | undefined): { sessionId: string; hash: string } | null {
  const match = token ? /^([0-9a-f]{24})\.([A-Za-z0-9_-]{43})$/.exec(token) : null;
  return match ? { sessionId: match[1], hash: hashSecret(match[2]) } : null;
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function sameHash(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}
