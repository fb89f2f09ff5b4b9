/**
 * Not a credential and not secret: a script-readable cookie the API sets beside the httpOnly
 * refresh cookie and clears with it (apps/api accounts/session-cookie.ts). The web app reads it
 * before any request (features/account/session-store.ts): without it there is no session to
 * restore, so an anonymous visitor's first page need not wait for a refresh round trip.
 */
export const SESSION_HINT_COOKIE = 'hub_session_hint';

/** A cookie's value in a Cookie header (or `document.cookie`), if the cookie is there. */
export function cookieValue(cookieHeader: string, name: string): string | undefined {
  for (const part of cookieHeader.split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/** Whether a Cookie header (or `document.cookie`) carries the session hint: a session may be restorable. */
export function hasSessionHint(cookieHeader: string): boolean {
  return cookieValue(cookieHeader, SESSION_HINT_COOKIE) !== undefined;
}
