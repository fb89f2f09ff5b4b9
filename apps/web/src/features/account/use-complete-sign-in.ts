import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { useNavigate } from 'react-router-dom';
import type { AuthSessionFieldsFragment } from '../../graphql/generated/graphql';
import { chooseLanguageForViewer } from './viewer-language';
import { useSessionStore } from './session-context';
import { useTranslation } from 'react-i18next';

/** Keeps the new session in memory, drops anything cached while anonymous, and goes on. */
export function useCompleteSignIn(): (session: AuthSessionFieldsFragment, next: string) => Promise<void> {
  const store = useSessionStore();
  const client = useApolloClient();
  const navigate = useNavigate();
  const { i18n } = useTranslation();
  return useCallback(
    async (session, next) => {
      store.signedIn(session);
      await client.clearStore();
      await chooseLanguageForViewer(i18n, session.viewer.language);
      navigate(next, { replace: true });
    },
    [store, client, navigate, i18n],
  );
}
