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
      store.signedIn(session);
      await client.clearStore();
      navigate(next, { replace: true });
    },
    [store, client, navigate],
  );
}
