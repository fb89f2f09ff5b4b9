import { createHmac, timingSafeEqual } from 'node:crypto';
import { Types } from 'mongoose';

/**
 * One-click unsubscribe links work without signing in: the link carries the user id and an HMAC
 * of it under a key derived from HUB_JWT_SECRET, so nobody can unsubscribe someone else. It does
 * not expire (an old e-mail's link must still work) and only ever turns e-mail off.
 */
function signature(secret: string, userId: string): Buffer {
  const key = createHmac('sha256', secret).update('hub:unsubscribe:v1').digest();
  return createHmac('sha256', key).update(userId).digest().subarray(0, 18);
}

export function unsubscribeToken(secret: string, userId: string): string {
  return `${userId}.${signature(secret, userId).toString('base64url')}`;
}

/** The user id the token was made for, or null for anything forged or malformed. */
export function verifyUnsubscribeToken(secret: string, token: unknown): string | null {
  if (typeof token !== 'string' || token.length > 100) return null;
  const match = /^([0-9a-f]{24})\.([A-Za-z0-9_-]{24})$/.exec(token);
  if (!match || !Types.ObjectId.isValid(match[1])) return null;
  const expected = signature(secret, match[1]);
  const given = Buffer.from(match[2], 'base64url');
  return given.length === expected.length && timingSafeEqual(given, expected) ? match[1] : null;
}
