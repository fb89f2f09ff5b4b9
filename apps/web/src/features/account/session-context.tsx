import { createContext, useContext, useEffect, useSyncExternalStore, type ReactNode } from 'react';
import type { SessionState, SessionStore } from './session-store';

const SessionContext = createContext<SessionStore | null>(null);

export interface SessionProviderProps {
  store: SessionStore;
  /** Restore the session from the refresh cookie when mounted (off in tests that seed it). */
  restore?: boolean;
  children: ReactNode;
}

export function SessionProvider({ store, restore = true, children }: SessionProviderProps) {
  useEffect(() => {
    if (restore && store.getState().status === 'restoring') void store.refresh();
  }, [store, restore]);
  return <SessionContext.Provider value={store}>{children}</SessionContext.Provider>;
}

export function useSessionStore(): SessionStore {
  const store = useContext(SessionContext);
  if (!store) throw new Error('useSession must be used inside a SessionProvider');
  return store;
}

export function useSession(): SessionState {
  const store = useSessionStore();
  return useSyncExternalStore(store.subscribe, store.getState, store.getState);
}
