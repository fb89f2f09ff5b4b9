import { loadConfig } from '../config/app-config';
import { accountOperations, postGraphQL, type RawResponse } from '../testing/account-operations';
import { makers, TEST_PASSWORD } from '../testing/make';
import { startTestApp, type TestApp } from '../testing/test-app';
import { DEFAULT_RATE_LIMITS } from './rate-limits';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }`;
const UPDATE_PROFILE = `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { displayName } }`;

/** A RATE_LIMITED answer with the seconds to wait, in the error and in Retry-After. */
function expectRateLimited(result: RawResponse<unknown>, windowSeconds: number): void {
  const error = result.body.errors?.[0];
  expect(error?.extensions?.['code']).toBe('RATE_LIMITED');
  const retryAfter = error?.extensions?.['retryAfterSeconds'];
  expect(retryAfter).toEqual(expect.any(Number));
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(windowSeconds);
  expect(result.response.headers.get('retry-after')).toBe(String(retryAfter));
  expect(result.body.data ?? null).toBeNull();
}

const signIn = (hub: TestApp, email: string, password: string) => postGraphQL(hub, SIGN_IN, { input: { email, password } });

describe('rate limits: configuration', () => {
  const base = { MONGODB_URI: 'mongodb://127.0.0.1:27017/' };

  it('uses the production defaults outside tests and reads <requests>/<seconds> from the environment', () => {
    expect(loadConfig({ ...base, NODE_ENV: 'production', HUB_JWT_SECRET: 'x'.repeat(32) }).rateLimits).toEqual(DEFAULT_RATE_LIMITS);
    expect(DEFAULT_RATE_LIMITS.signInPerIp).toEqual({ limit: 6, windowSeconds: 60 });
    expect(loadConfig({ ...base, HUB_RATE_LIMIT_WRITES_USER: '5/10' }).rateLimits.writesPerUser).toEqual({ limit: 5, windowSeconds: 10 });
    expect(loadConfig({ ...base, NODE_ENV: 'test' }).rateLimits.writesPerUser.limit).toBeGreaterThan(10_000);
  });

  it('names a malformed limit', () => {
    expect(() => loadConfig({ ...base, HUB_RATE_LIMIT_SIGN_IN_IP: 'six a minute' })).toThrow(/HUB_RATE_LIMIT_SIGN_IN_IP must be <requests>\/<seconds>/);
    expect(() => loadConfig({ ...base, HUB_RATE_LIMIT_SIGN_IN_IP: '0/60' })).toThrow(/HUB_RATE_LIMIT_SIGN_IN_IP/);
  });
});

describe('rate limits: sign-in per address', () => {
  let hub: TestApp;

  beforeAll(async () => {
    hub = await startTestApp({ HUB_RATE_LIMIT_SIGN_IN_IP: '3/60' });
  });

  afterAll(async () => {
    await hub.close();
  });

  it('refuses the fourth sign-in a minute from one address, whatever the account and even with the right password', async () => {
    const { user } = await makers(hub).user();
    for (const n of [1, 2, 3]) {
      const attempt = await signIn(hub, `someone-${n}@example.org`, 'a guess');
      expect(attempt.body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    }
    expectRateLimited(await signIn(hub, user.email ?? '', TEST_PASSWORD), 60);
  });
});

describe('rate limits: per account, account links and writes', () => {
  let hub: TestApp;
  let make: ReturnType<typeof makers>;
  let ops: ReturnType<typeof accountOperations>;

  beforeAll(async () => {
    hub = await startTestApp({
      HUB_RATE_LIMIT_SIGN_IN_ACCOUNT: '3/900',
      HUB_RATE_LIMIT_ACCOUNT_LINKS_IP: '2/900',
      HUB_RATE_LIMIT_WRITES_USER: '5/60',
    });
    make = makers(hub);
    ops = accountOperations(hub);
  });

  afterAll(async () => {
    await hub.close();
  });

  it('refuses a fourth sign-in for one account (however the e-mail is written) while others still sign in', async () => {
    const { user } = await make.user();
    const other = await make.user();
    const email = user.email ?? '';
    for (const variant of [email, email.toUpperCase(), email]) {
      expect((await signIn(hub, variant, 'a guess')).body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    }
    expectRateLimited(await signIn(hub, email, TEST_PASSWORD), 900);
    expect((await signIn(hub, other.user.email ?? '', TEST_PASSWORD)).body.errors).toBeUndefined();
  });

  it('counts password changes like sign-ins, per account: the fourth guess of the current password is refused', async () => {
    const member = await make.user();
    const other = await make.user();
    const change = (token: string, currentPassword: string) =>
      postGraphQL(hub, `mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`, { input: { currentPassword, newPassword: 'a long enough new password' } }, { authorization: `Bearer ${token}` });
    for (const n of [1, 2, 3]) expect((await change(member.token, `guess ${n}`)).body.errors?.[0]?.extensions?.['code']).toBe('VALIDATION_FAILED');
    expectRateLimited(await change(member.token, TEST_PASSWORD), 900);
    expect((await change(other.token, TEST_PASSWORD)).body.errors).toBeUndefined();
  });

  it('limits invitation acceptance, reset requests and resets per address, each on its own count', async () => {
    const attempts = {
      acceptInvitation: () => ops.acceptInvitation({ token: 'x'.repeat(43), password: 'a long enough password' }),
      requestPasswordReset: () =>
        postGraphQL(hub, `mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }`, { input: { email: 'who@example.org' } }),
      resetPassword: () =>
        postGraphQL(hub, `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }`, {
          input: { token: 'x'.repeat(43), newPassword: 'a long enough password' },
        }),
    };
    for (const [operation, attempt] of Object.entries(attempts)) {
      for (const n of [1, 2]) {
        const allowed = await attempt();
        expect([operation, n, allowed.body.errors?.[0]?.extensions?.['code']]).not.toEqual([operation, n, 'RATE_LIMITED']);
      }
      expectRateLimited(await attempt(), 900);
    }
  });

  it('refuses a sixth write a minute by one user, not by another', async () => {
    const writer = await make.user();
    const other = await make.user();
    const update = (token: string, n: number) => postGraphQL(hub, UPDATE_PROFILE, { input: { displayName: `Name ${n}` } }, { authorization: `Bearer ${token}` });
    for (const n of [1, 2, 3, 4, 5]) expect((await update(writer.token, n)).body.errors).toBeUndefined();
    expectRateLimited(await update(writer.token, 6), 60);
    // Reads are not writes.
    expect((await writer.gql(`{ viewer { displayName } }`)).data).toEqual({ viewer: { displayName: 'Name 5' } });
    expect((await update(other.token, 1)).body.errors).toBeUndefined();
  });
});
