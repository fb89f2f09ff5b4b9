import { hasSessionHint } from '@hub/domain';
import { print } from 'graphql';
import type { AuthSessionFieldsFragment, RefreshSessionMutation } from '../../graphql/generated/graphql';
import { REFRESH_SESSION_MUTATION } from './graphql/session.operations';

export type Viewer = AuthSessionFieldsFragment['viewer'];

export type SessionState =
  | { status: 'restoring'; viewer: null }
  | { status: 'anonymous'; viewer: null }
  | { status: 'signedIn'; viewer: Viewer };

type Fetch = (input: string, init: RequestInit) => Promise<Response>;

/** Whether the API's session hint cookie is there (see SESSION_HINT_COOKIE). */
function sessionHintPresent(): boolean {
  return typeof document !== 'undefined' && hasSessionHint(document.cookie);
}

/**
 * The session lives in memory only: the access token is never written to storage, so a script
 * injected into the page cannot read it from there. The httpOnly refresh cookie restores it on load.
 */
export class SessionStore {
  private accessToken: string | null = null;
  private state: SessionState;
  private readonly listeners = new Set<() => void>();
  private refreshing: Promise<string | null> | null = null;

  constructor(
    private readonly fetchImpl: Fetch = (input, init) => fetch(input, init),
    private readonly endpoint = '/graphql',
    mayHaveSession: boolean = sessionHintPresent(),
  ) {
    this.state = mayHaveSession ? { status: 'restoring', viewer: null } : { status: 'anonymous', viewer: null };
  }

  getState = (): SessionState => this.state;

  getAccessToken(): string | null {
    return this.accessToken;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  signedIn(session: Pick<AuthSessionFieldsFragment, 'accessToken' | 'viewer'>): void {
    this.accessToken = session.accessToken;
    this.setState({ status: 'signedIn', viewer: session.viewer });
  }

  signedOut(): void {
    this.accessToken = null;
    this.setState({ status: 'anonymous', viewer: null });
  }

  /**
   * Exchanges the refresh cookie for a new access token. Concurrent callers share one request,
   * because the API rotates the cookie and treats a replayed one as theft.
   */
  refresh(): Promise<string | null> {
    this.refreshing ??= this.requestRefresh().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private async requestRefresh(): Promise<string | null> {
    try {
      const response = await this.fetchImpl(this.endpoint, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ operationName: 'RefreshSession', query: print(REFRESH_SESSION_MUTATION) }),
      });
      const body = (await response.json()) as { data?: RefreshSessionMutation | null };
      const session = body.data?.refreshSession;
      if (!session) {
        this.signedOut();
        return null;
      }
      this.signedIn(session);
      return session.accessToken;
    } catch {
      // Offline or the server is down: stay anonymous for now; the next request may try again.
      if (this.state.status === 'restoring') this.signedOut();
      return null;
    }
  }

  private setState(state: SessionState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}
