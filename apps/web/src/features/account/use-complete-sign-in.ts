import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { useNavigate } from 'react-router-dom';
import type { AuthSessionFieldsFragment } from '../../graphql/generated/graphql';
import { useSessionStore } from './session-context';

/**
 * Keeps the new session in memory, drops anything cached while anonymous, and goes on. The
 * interface language stays as the person chose it on this device.
 */
export function useCompleteSignIn(): (session: AuthSessionFieldsFragment, next: string) => Promise<void> {
  const store = useSessionStore();
  const client = useApolloClient();
  const navigate = useNavigate();
  return useCallback(
    async (session, next) => {
      // Cleared first: components that appear on sign-in (the notification bell) must not have their first request aborted.
      await client.clearStore();
      store.signedIn(session);
      navigate(next, { replace: true });
    },
    [store, client, navigate],
  );
}
