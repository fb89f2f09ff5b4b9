import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import type { i18n as I18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter } from 'react-router-dom';
import { SessionProvider } from '../features/account/session-context';
import type { SessionStore } from '../features/account/session-store';

export const ROUTER_FUTURE_FLAGS = { v7_startTransition: true, v7_relativeSplatPath: true } as const;

export interface AppProvidersProps {
  i18n: I18n;
  client: ApolloClient;
  session: SessionStore;
  children: ReactNode;
}

/** Everything the app reads from context except the router (the server render brings its own). */
export function AppContextProviders({ i18n, client, session, children }: AppProvidersProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <ApolloProvider client={client}>
        <SessionProvider store={session}>{children}</SessionProvider>
      </ApolloProvider>
    </I18nextProvider>
  );
}

export function AppProviders({ children, ...contexts }: AppProvidersProps) {
  return (
    <AppContextProviders {...contexts}>
      <BrowserRouter future={ROUTER_FUTURE_FLAGS}>{children}</BrowserRouter>
    </AppContextProviders>
  );
}
