import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { createApolloClient } from './app/apollo';
import { AppProviders } from './app/providers';
import { preloadPage } from './app/routes';
import { SessionStore } from './features/account/session-store';
import { loadI18n } from './i18n';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const session = new SessionStore();

const client = createApolloClient(session);

// While the language chunk downloads: ask for the session and the landing page's chunk too, instead of one after the other.
void session.refresh();
preloadPage(window.location.pathname);

// The first paint waits for the visitor's language (a small chunk of its own) so no key flashes.
// As a transition, React renders the first page in slices and keeps a slow phone's main thread responsive.
void loadI18n().then((i18n) =>
  startTransition(() =>
    createRoot(container).render(
      <StrictMode>
        <AppProviders i18n={i18n} client={client} session={session}>
          <App />
        </AppProviders>
      </StrictMode>,
    ),
  ),
);
