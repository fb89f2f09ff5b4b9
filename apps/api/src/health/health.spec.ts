import { startTestApp, TestApp } from '../testing/test-app';

describe('health, readiness and status (over HTTP, against the test database)', () => {
  let hub: TestApp;

  beforeAll(async () => {
    hub = await startTestApp();
  });

  afterAll(async () => {
    await hub.close();
  });

  it('says the process is alive at /health', async () => {
    const response = await fetch(`${hub.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('says the database and the search engine answer at /ready', async () => {
    const response = await fetch(`${hub.url}/ready`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      status: 'ready',
      database: { ok: true },
      search: { ok: true, engine: 'embedded' },
    });
  });

  it('gives every response a request id, reusing a well-formed incoming one', async () => {
    const fresh = await fetch(`${hub.url}/health`);
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const forwarded = await fetch(`${hub.url}/health`, { headers: { 'x-request-id': 'proxy-1234-abcd' } });
    expect(forwarded.headers.get('x-request-id')).toBe('proxy-1234-abcd');
    const forged = await fetch(`${hub.url}/health`, { headers: { 'x-request-id': '<script>alert(1)</script>' } });
    expect(forged.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('reports its status through GraphQL', async () => {
    const result = await hub.gql<{ status: { ready: boolean; database: { ok: boolean }; search: { ok: boolean; detail: string } } }>(
      '{ status { version ready database { ok detail } search { ok detail } } }',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.status).toMatchObject({ ready: true, database: { ok: true }, search: { ok: true } });
    expect(result.data?.status.search.detail).toMatch(/^embedded/);
  });
});
