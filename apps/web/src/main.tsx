import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { createApolloClient } from './app/apollo';
import { AppProviders } from './app/providers';
import { prefetchPageData } from './app/prefetch-page-data';
import { preloadPage } from './app/routes';
import { SessionStore } from './features/account/session-store';
import { loadI18n } from './i18n';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const session = new SessionStore();

const client = createApolloClient(session);

// The first paint waits for the visitor's language (a small chunk of its own) so no key flashes:
// it is asked for first.
const i18nReady = loadI18n();

// While it downloads: ask for the session (when there may be one), the landing page's data and its
// chunk too, instead of one after the other. After a timer: the language's import only starts after
// a microtask, and the page's files would otherwise take the browser's six connections first. The
// data before the chunk: its answer takes the server longest.
if (session.getState().status === 'restoring') void session.refresh();
setTimeout(() => {
  prefetchPageData(window.location.pathname, client, session);
  preloadPage(window.location.pathname);
}, 0);

// As a transition, React renders the first page in slices and keeps a slow phone's main thread responsive.
void i18nReady.then((i18n) =>
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
