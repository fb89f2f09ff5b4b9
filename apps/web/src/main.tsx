import { startTransition, StrictMode, useEffect, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app';
import { createApolloClient } from './app/apollo';
import { AppProviders } from './app/providers';
import { prefetchPageData } from './app/prefetch-page-data';
import { preloadPage } from './app/routes';
import { readServerState } from './app/server-rendering';
import { SessionStore } from './features/account/session-store';
import { detectLanguage, loadI18n, shareLanguageWithServer } from './i18n';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// A server-rendered page (app/server-rendering.ts) carries its data and the language it was
// rendered in: the first render here must produce the same markup to take it over.
const serverState = readServerState(document);
const preferredLanguage = detectLanguage();
shareLanguageWithServer(preferredLanguage);

const session = new SessionStore();

const client = createApolloClient(session, serverState?.apollo);

// The first paint waits for the visitor's language (a small chunk of its own) so no key flashes:
// it is asked for first.
const i18nReady = loadI18n(serverState?.language ?? preferredLanguage);

// While it downloads: ask for the session (when there may be one), the landing page's data and its
// chunk too, instead of one after the other. After a timer: the language's import only starts after
// a microtask, and the page's files would otherwise take the browser's six connections first. The
// data before the chunk: its answer takes the server longest. A server-rendered page has its data.
if (session.getState().status === 'restoring') void session.refresh();
const pageReady = new Promise<unknown>((resolve) =>
  setTimeout(() => {
    if (!serverState) void prefetchPageData(window.location.pathname, client, session);
    resolve(preloadPage(window.location.pathname));
  }, 0),
);

type I18n = Awaited<typeof i18nReady>;

/** Runs once the first render is committed: for a server-rendered page, once React has taken it over. */
function AfterFirstCommit({ run, children }: { run: () => void; children: ReactNode }) {
  useEffect(run, [run]);
  return children;
}

const app = (i18n: I18n, afterFirstCommit: () => void = () => undefined) => (
  <StrictMode>
    <AfterFirstCommit run={afterFirstCommit}>
      <AppProviders i18n={i18n} client={client} session={session}>
        <App />
      </AppProviders>
    </AfterFirstCommit>
  </StrictMode>
);

if (serverState) {
  // Hydrated once the page's chunk is here too, so React takes the markup over in one pass. Then,
  // if the reader's stored language differs from the one the server could tell, switch to it
  // (not before: an update during hydration would throw the server's markup away).
  void Promise.all([i18nReady, pageReady]).then(([i18n]) => {
    const switchToPreferred = () => {
      if (i18n.language !== preferredLanguage) void i18n.changeLanguage(preferredLanguage);
    };
    startTransition(() => {
      hydrateRoot(container, app(i18n, switchToPreferred));
    });
  });
} else {
  // As a transition, React renders the first page in slices and keeps a slow phone's main thread responsive.
  void i18nReady.then((i18n) => startTransition(() => createRoot(container).render(app(i18n))));
}
