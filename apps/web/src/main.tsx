import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app';
import { createApolloClient } from './app/apollo';
import { AppProviders } from './app/providers';
import { prefetchPageData } from './app/prefetch-page-data';
import { preloadPage } from './app/routes';
import { PageCommittedContext } from './app/route-boundary';
import { readServerState } from './app/server-rendering';
import type { Language } from './i18n';
import { SessionStore } from './features/account/session-store';
import { holdLanguageChangesUntil, loadI18n, preferredBrowserLanguage, shareLanguageWithServer, storedLanguage } from './i18n';
import './styles.css';

/** How long a language switch may wait for a server-rendered page to be taken over. */
const PAGE_TAKEOVER_WAIT_MS = 10_000;

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// A server-rendered page (app/server-rendering.ts) carries its data and the language it was
// rendered in: the first render here must produce the same markup to take it over.
const serverState = readServerState(document);

const session = new SessionStore();

const client = createApolloClient(session, serverState?.apollo);

/** The server renders in the reader's choice when its cookie is there: a choice made before the cookie existed is copied into it. */
function shareStoredLanguage(): Language | undefined {
  const stored = storedLanguage();
  if (stored) shareLanguageWithServer(stored);
  return stored;
}

// The first paint waits for the visitor's language (a small chunk of its own) so no key flashes:
// it is asked for first. A server-rendered page hydrates in the server's language, and reads the
// stored choice only once the page is taken over (below).
const i18nReady = loadI18n(serverState?.language ?? shareStoredLanguage() ?? preferredBrowserLanguage());

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

const app = (i18n: I18n, onPageCommitted: (() => void) | null = null) => (
  <StrictMode>
    <PageCommittedContext.Provider value={onPageCommitted}>
      <AppProviders i18n={i18n} client={client} session={session}>
        <App />
      </AppProviders>
    </PageCommittedContext.Provider>
  </StrictMode>
);

if (serverState) {
  // The reader's own switches wait for the page too: the header is live before it.
  let pageTakenOver: () => void = () => undefined;
  holdLanguageChangesUntil(new Promise<void>((resolve) => (pageTakenOver = resolve)));
  // Hydrated once the page's chunk is here too, so React takes the markup over in one pass. Then,
  // if the reader chose another language than the one the server could tell, switch to it (not
  // before: an update during hydration would throw the server's markup away).
  void Promise.all([i18nReady, pageReady]).then(([i18n]) => {
    // Should the page never commit (an error page, say), switches wait a few seconds at most.
    setTimeout(pageTakenOver, PAGE_TAKEOVER_WAIT_MS);
    let switched = false;
    const switchToStored = () => {
      if (switched) return;
      switched = true;
      pageTakenOver();
      const stored = shareStoredLanguage();
      if (stored && stored !== i18n.language) void i18n.changeLanguage(stored);
    };
    startTransition(() => {
      hydrateRoot(container, app(i18n, switchToStored));
    });
  });
} else {
  // As a transition, React renders the first page in slices and keeps a slow phone's main thread responsive.
  void i18nReady.then((i18n) => startTransition(() => createRoot(container).render(app(i18n))));
}
