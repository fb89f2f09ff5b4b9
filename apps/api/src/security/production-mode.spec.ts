import { randomBytes } from 'node:crypto';
import { postGraphQL } from '../testing/account-operations';
import { startTestApp, type TestApp } from '../testing/test-app';

const INTROSPECTION = `{ __schema { queryType { name } types { name } } }`;
const TYPO = `{ viewr { id } }`;

/** Headers every response carries, API and web app alike. */
function expectSecurityHeaders(headers: Headers): void {
  const csp = headers.get('content-security-policy') ?? '';
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(headers.get('x-frame-options')).toBe('DENY');
  expect(headers.get('referrer-policy')).toBe('no-referrer');
  expect(headers.get('x-content-type-options')).toBe('nosniff');
  expect(headers.get('x-powered-by')).toBeNull();
}

describe('production mode', () => {
  let hub: TestApp;

  beforeAll(async () => {
    hub = await startTestApp({ NODE_ENV: 'production', HUB_JWT_SECRET: randomBytes(32).toString('hex'), PUBLIC_URL: 'https://hub.example.org' });
  });

  afterAll(async () => {
    await hub.close();
  });

  it('refuses introspection', async () => {
    const { body } = await postGraphQL(hub, INTROSPECTION);
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0]?.extensions?.['code']).toBe('VALIDATION_FAILED');
    expect(body.errors?.[0]?.message).toMatch(/introspection/i);
  });

  it('does not suggest field names', async () => {
    const { body } = await postGraphQL(hub, TYPO);
    expect(body.errors?.[0]?.extensions?.['code']).toBe('VALIDATION_FAILED');
    expect(JSON.stringify(body)).not.toMatch(/did you mean|viewer/i);
  });

  it('serves no landing page or playground on GET /graphql', async () => {
    // With and without the preflight header (without it, CSRF prevention answers first).
    const variants: Array<Record<string, string>> = [{ accept: 'text/html' }, { accept: 'text/html', 'apollo-require-preflight': 'true' }];
    for (const headers of variants) {
      const response = await fetch(`${hub.url}/graphql`, { headers });
      const text = await response.text();
      expect([400, 406]).toContain(response.status);
      expect(response.headers.get('content-type') ?? '').not.toMatch(/html/);
      expect(text).not.toMatch(/<html|<script|playground|sandbox|studio/i);
    }
  });

  it('sends the security headers, HSTS included, and upgrades insecure requests', async () => {
    const response = await fetch(`${hub.url}/health`);
    expectSecurityHeaders(response.headers);
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=31536000/);
    expect(response.headers.get('content-security-policy')).toContain('upgrade-insecure-requests');
  });
});

describe('test mode (for contrast: the production checks above are not vacuous)', () => {
  let hub: TestApp;

  beforeAll(async () => {
    hub = await startTestApp();
  });

  afterAll(async () => {
    await hub.close();
  });

  it('allows introspection and suggests field names', async () => {
    expect((await postGraphQL(hub, INTROSPECTION)).body.errors).toBeUndefined();
    expect((await postGraphQL(hub, TYPO)).body.errors?.[0]?.message).toMatch(/did you mean "viewer"/i);
  });

  it('sends the security headers but no HSTS, which browsers would remember for a year', async () => {
    const response = await fetch(`${hub.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
    expectSecurityHeaders(response.headers);
    expect(response.headers.get('strict-transport-security')).toBeNull();
    expect(response.headers.get('content-security-policy')).not.toContain('upgrade-insecure-requests');
  });

  it('tells browsers and proxies to keep no GraphQL answer (they are per viewer)', async () => {
    const answer = await postGraphQL(hub, '{ __typename }');
    expect(answer.response.headers.get('cache-control')).toBe('no-store');
    const refused = await postGraphQL(hub, TYPO);
    expect(refused.body.errors?.length).toBeGreaterThan(0);
    expect(refused.response.headers.get('cache-control')).toBe('no-store');
  });
});
