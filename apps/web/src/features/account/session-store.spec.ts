import { SESSION_HINT_COOKIE } from '@hub/domain';
import { SessionStore } from './session-store';

const session = {
  accessToken: 'fresh',
  expiresAt: '2030-01-01T00:00:00Z',
  viewer: { id: 'u', email: 'a@b.org', displayName: 'A', roles: [], leadSectors: [], sectors: [], language: 'en', organisationId: 'o' },
};

function jsonResponse(body: unknown): Response {
  return { json: () => Promise.resolve(body) } as Response;
}

describe('SessionStore', () => {
  it('restores the session from the refresh cookie, sharing one request between callers', async () => {
    const fetchImpl = jest.fn().mockResolvedValue(jsonResponse({ data: { refreshSession: session } }));
    const store = new SessionStore(fetchImpl);
    const [a, b] = await Promise.all([store.refresh(), store.refresh()]);
    expect(a).toBe('fresh');
    expect(b).toBe('fresh');
    expect(fetchImpl).toHaveBeenCalledTimes(1);
    expect(fetchImpl.mock.calls[0][1]).toMatchObject({ credentials: 'include', method: 'POST' });
    expect(store.getState().status).toBe('signedIn');
  });

  it('becomes anonymous when there is no session to restore', async () => {
    const store = new SessionStore(() =>
      Promise.resolve(jsonResponse({ data: null, errors: [{ message: 'no', extensions: { code: 'UNAUTHENTICATED' } }] })),
    );
    expect(await store.refresh()).toBeNull();
    expect(store.getState().status).toBe('anonymous');
    expect(store.getAccessToken()).toBeNull();
  });

  it('starts anonymous, without asking, when the session hint cookie is absent; restoring when present', () => {
    const fetchImpl = jest.fn();
    expect(new SessionStore(fetchImpl).getState().status).toBe('anonymous');
    document.cookie = `${SESSION_HINT_COOKIE}=1; path=/`;
    try {
      expect(new SessionStore(fetchImpl).getState().status).toBe('restoring');
    } finally {
      document.cookie = `${SESSION_HINT_COOKIE}=; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT`;
    }
    expect(new SessionStore(fetchImpl).getState().status).toBe('anonymous');
    expect(fetchImpl).not.toHaveBeenCalled();
  });

  it('becomes anonymous when offline', async () => {
    const store = new SessionStore(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(await store.refresh()).toBeNull();
    expect(store.getState().status).toBe('anonymous');
  });
});
