/**
 * Not a credential and not secret: a script-readable cookie the API sets beside the httpOnly
 * refresh cookie and clears with it (apps/api accounts/session-cookie.ts). The web app reads it
 * before any request (features/account/session-store.ts): without it there is no session to
 * restore, so an anonymous visitor's first page need not wait for a refresh round trip.
 */
export const SESSION_HINT_COOKIE = 'hub_session_hint';
