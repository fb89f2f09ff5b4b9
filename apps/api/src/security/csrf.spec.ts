import { accountsSnapshot, postGraphQL, refreshCookieOf } from '../testing/account-operations';
import { makers, TEST_PASSWORD } from '../testing/make';
import { startTestApp, type TestApp } from '../testing/test-app';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }`;
const REFRESH = 'mutation { refreshSession { accessToken } }';

/**
 * The refresh cookie is the only credential a browser sends by itself. A cross-site page can post
 * a form (urlencoded, multipart) or text/plain without a CORS preflight; Apollo's csrfPrevention
 * refuses those, and SameSite=Strict keeps the cookie off cross-site requests anyway.
 */
describe('CSRF: cookie-authenticated requests', () => {
  let hub: TestApp;
  let cookie: string;

  beforeAll(async () => {
    hub = await startTestApp();
    const { user } = await makers(hub).user();
    const signedIn = await postGraphQL(hub, SIGN_IN, { input: { email: user.email, password: TEST_PASSWORD } });
    expect(signedIn.response.headers.getSetCookie().join('\n')).toMatch(/hub_refresh=[^;]+;.*SameSite=Strict/i);
    cookie = refreshCookieOf(signedIn.response) ?? '';
    expect(cookie).not.toBe('');
  });

  afterAll(async () => {
    await hub.close();
  });

  const simpleRequests: Array<[string, string]> = [
    ['application/x-www-form-urlencoded', `query=${encodeURIComponent(REFRESH)}`],
    ['text/plain', JSON.stringify({ query: REFRESH })],
    ['multipart/form-data; boundary=x', `--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n${REFRESH}\r\n--x--\r\n`],
  ];

  it.each(simpleRequests)('refuses a cross-site %s POST carrying the refresh cookie, and rotates nothing', async (contentType, body) => {
    const before = await accountsSnapshot(hub);
    const response = await fetch(`${hub.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': contentType, cookie, origin: 'https://evil.example' },
      body,
    });
    expect(response.status).toBe(400);
    expect(response.headers.getSetCookie()).toEqual([]);
    const answer = (await response.json()) as { errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
    expect(answer.errors?.[0]?.extensions?.['code']).toBe('VALIDATION_FAILED');
    expect(answer.errors?.[0]?.message).toMatch(/csrf|preflight/i);
    expect(await accountsSnapshot(hub)).toBe(before);
  });

  it('refuses a GET carrying the refresh cookie (a link or an <img> cannot run the mutation)', async () => {
    const response = await fetch(`${hub.url}/graphql?query=${encodeURIComponent(REFRESH)}`, { headers: { cookie } });
    expect(response.status).toBe(400);
    expect(response.headers.getSetCookie()).toEqual([]);
  });

  it('still refreshes from the web app (JSON, which browsers preflight cross-site)', async () => {
    const refreshed = await postGraphQL(hub, REFRESH, {}, { cookie });
    expect(refreshed.body.errors).toBeUndefined();
    expect(refreshCookieOf(refreshed.response)).not.toBe(cookie);
  });
});
