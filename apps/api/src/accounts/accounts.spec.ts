import { UsersRepository } from './users.repository';
import { LOCK_AFTER } from './accounts.service';
import { makers, TEST_PASSWORD } from '../testing/make';
import { startTestApp, TestApp } from '../testing/test-app';

const SIGN_IN = `mutation SignIn($input: SignInInput!) { signIn(input: $input) { accessToken expiresAt viewer { id email roles } } }`;
const VIEWER = `{ viewer { id displayName roles } }`;
const REFRESH = `mutation { refreshSession { accessToken } }`;
const SIGN_OUT = `mutation { signOut }`;

async function post(hub: TestApp, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const response = await fetch(`${hub.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { response, body: (await response.json()) as { data?: Record<string, unknown>; errors?: Array<{ extensions?: Record<string, unknown> }> } };
}

function refreshCookie(response: Response): string {
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('hub_refresh='));
  if (!cookie) throw new Error('no refresh cookie was set');
  return cookie.split(';')[0];
}

describe('accounts: sign-in, sessions and lockout (over HTTP)', () => {
  let hub: TestApp;
  let make: ReturnType<typeof makers>;

  beforeAll(async () => {
    hub = await startTestApp();
    make = makers(hub);
  });

  afterAll(async () => {
    await hub.close();
  });

  it('signs in with e-mail and password, sets an httpOnly SameSite refresh cookie, and knows the viewer', async () => {
    const { user } = await make.user({ email: 'Lead@Example.org', roles: ['SECTOR_LEAD'] });
    const { response, body } = await post(hub, SIGN_IN, { input: { email: 'lead@example.org', password: TEST_PASSWORD } });
    expect(body.errors).toBeUndefined();
    const session = body.data?.['signIn'] as { accessToken: string; viewer: { id: string; email: string } };
    expect(session.viewer).toMatchObject({ id: user.id, email: 'lead@example.org' });
    const setCookie = response.headers.getSetCookie().join('\n');
    expect(setCookie).toMatch(/hub_refresh=[^;]+;.*HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    expect(setCookie).toMatch(/Path=\/graphql/);
    // Beside it, a hint the web app can read (no credential in it): a session may be restored.
    const hint = response.headers.getSetCookie().find((c) => c.startsWith('hub_session_hint='));
    expect(hint).toMatch(/^hub_session_hint=1;.*Path=\/;.*SameSite=Strict/i);
    expect(hint).not.toMatch(/HttpOnly/i);

    const viewer = await post(hub, VIEWER, {}, { authorization: `Bearer ${session.accessToken}` });
    expect(viewer.body.data?.['viewer']).toMatchObject({ id: user.id, roles: ['SECTOR_LEAD'] });
  });

  it('refuses a wrong password or an unknown e-mail with the same typed error', async () => {
    const { user } = await make.user();
    const wrong = await post(hub, SIGN_IN, { input: { email: user.email, password: 'not the password' } });
    const unknown = await post(hub, SIGN_IN, { input: { email: 'nobody@example.org', password: 'whatever' } });
    expect(wrong.body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect(unknown.body.errors?.[0]).toEqual(wrong.body.errors?.[0]);
  });

  it('validates input fields and names each failing one', async () => {
    const { body } = await post(hub, SIGN_IN, { input: { email: 'not-an-email', password: '' } });
    expect(body.errors?.[0]?.extensions?.['code']).toBe('VALIDATION_FAILED');
    expect(body.errors?.[0]?.extensions?.['fields']).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'input.email' }),
        expect.objectContaining({ field: 'input.password' }),
      ]),
    );
  });

  it('rejects NoSQL operators in place of values', async () => {
    const { user } = await make.user();
    const { body } = await post(hub, SIGN_IN, { input: { email: user.email, password: { $gt: '' } } });
    expect(body.errors?.[0]?.extensions?.['code']).toBe('VALIDATION_FAILED');
    expect(body.data ?? null).toBeNull();
  });

  it('locks the account after repeated failures, even for the right password', async () => {
    const { user } = await make.user();
    for (let attempt = 0; attempt < LOCK_AFTER; attempt++) {
      await post(hub, SIGN_IN, { input: { email: user.email, password: `guess ${attempt}` } });
    }
    const locked = await post(hub, SIGN_IN, { input: { email: user.email, password: TEST_PASSWORD } });
    expect(locked.body.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(locked.body.errors?.[0]?.extensions?.['retryAfterSeconds']).toBeGreaterThan(0);
    const stored = await hub.app.get(UsersRepository).credentialsByEmail(user.email ?? '');
    expect(stored?.lockedUntil?.getTime()).toBeGreaterThan(Date.now());
  });

  it('rotates the refresh token, and a replayed one ends the session', async () => {
    const { user } = await make.user();
    const signIn = await post(hub, SIGN_IN, { input: { email: user.email, password: TEST_PASSWORD } });
    const first = refreshCookie(signIn.response);

    const refreshed = await post(hub, REFRESH, {}, { cookie: first });
    expect(refreshed.body.errors).toBeUndefined();
    const second = refreshCookie(refreshed.response);
    expect(second).not.toBe(first);

    const replay = await post(hub, REFRESH, {}, { cookie: first });
    expect(replay.body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    // Nothing to restore any more: the hint goes with the refresh cookie.
    expect(replay.response.headers.getSetCookie()).toEqual(expect.arrayContaining([expect.stringMatching(/^hub_session_hint=;.*Expires=Thu, 01 Jan 1970/i)]));
    // The replay revoked the whole session: the legitimate new token no longer works either.
    const afterReplay = await post(hub, REFRESH, {}, { cookie: second });
    expect(afterReplay.body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('signs out: the access token stops working at once', async () => {
    const member = await make.user();
    expect((await member.gql(SIGN_OUT)).data).toEqual({ signOut: true });
    const after = await member.gql(VIEWER);
    expect(after.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('treats a forged or expired bearer token as unauthenticated', async () => {
    const forged = await post(hub, VIEWER, {}, { authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.' });
    expect(forged.body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    const anonymous = await post(hub, VIEWER);
    expect(anonymous.body.data).toEqual({ viewer: null });
  });
});
