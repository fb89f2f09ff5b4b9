/**
 * The server render, built by vite.server.mts into one CommonJS file the API loads
 * (apps/api/src/web/server-render.ts). See app/server-rendering.ts for which pages and why.
 */
import { ApolloClient, ApolloLink, HttpLink } from '@apollo/client';
import { prerenderStatic } from '@apollo/client/react/ssr';
import { StrictMode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { StaticRouter } from 'react-router-dom/server';
import { tap } from 'rxjs';
import { App } from './app/app';
import { createApolloCache } from './app/apollo';
import { prefetchPageData } from './app/prefetch-page-data';
import { AppContextProviders, ROUTER_FUTURE_FLAGS } from './app/providers';
import { hasSessionHint } from '@hub/domain';
import {
  pageChunkFiles,
  serialiseServerState,
  SERVER_STATE_ELEMENT_ID,
  serverRenderedPage,
  serverRenderLanguage,
  type BuildManifest,
  type ServerRenderState,
} from './app/server-rendering';
import { SessionStore } from './features/account/session-store';
import { bundledResources } from './i18n/bundled-resources';
import { createI18n, directionOf } from './i18n/i18n';

export interface ServerRenderRequest {
  /** The page's path and query string, as requested. */
  url: string;
  /** The request's Cookie and Accept-Language headers ('' when absent). */
  cookie: string;
  acceptLanguage: string;
  /** Where this render asks for its data: the API itself, as an anonymous client. */
  graphqlUrl: string;
  /** The built index.html, which the render goes into. */
  template: string;
  /** Vite's build manifest, to name the page's chunks for preloading (none: the page loads them itself). */
  manifest?: BuildManifest;
  /** Ends a render that takes too long; the page is then rendered in the browser instead. */
  signal?: AbortSignal;
}

const ROOT_ELEMENT = '<div id="root"></div>';

/**
 * The whole page for an anonymous visitor to a server-rendered route, or null when the browser
 * should render it: a member's visit, another route, a query that failed (the browser shows the
 * failure with its retry, which a server render cannot), or a render cut short by the signal.
 */
export async function renderPage(request: ServerRenderRequest): Promise<string | null> {
  const location = new URL(request.url, 'http://hub.invalid');
  const page = serverRenderedPage(location.pathname);
  // A member (or someone who may be one) gets the page rendered in the browser, which holds the session.
  if (!page || hasSessionHint(request.cookie)) return null;
  if (!request.template.includes(ROOT_ELEMENT)) throw new Error(`index.html has no empty ${ROOT_ELEMENT} to render into`);

  const language = serverRenderLanguage(request.cookie, request.acceptLanguage);
  const i18n = createI18n(language, bundledResources);
  // Anonymous, and never asked to refresh: the server holds no session.
  const session = new SessionStore(() => Promise.reject(new Error('no session on the server')), request.graphqlUrl, false);
  // Any answer with errors, or no answer at all, and the browser renders the page instead.
  let failed = false;
  const noteFailures = new ApolloLink((operation, forward) =>
    forward(operation).pipe(
      tap({
        next: (result) => {
          if (result.errors?.length) failed = true;
        },
        error: () => {
          failed = true;
        },
      }),
    ),
  );
  const cache = createApolloCache();
  const client = new ApolloClient({
    ssrMode: true,
    cache,
    link: noteFailures.concat(new HttpLink({ uri: request.graphqlUrl, fetch: (input, init) => fetch(input, { ...init, signal: request.signal }) })),
  });
  const tree = (
    <StrictMode>
      <AppContextProviders i18n={i18n} client={client} session={session}>
        <StaticRouter location={location.pathname + location.search} future={ROUTER_FUTURE_FLAGS}>
          <App />
        </StaticRouter>
      </AppContextProviders>
    </StrictMode>
  );
  await prefetchPageData(location.pathname, client, session);
  // React would render a failing part as its fallback, for the browser to retry; the browser
  // might as well render the whole page. The error goes to the API's log.
  let renderError: unknown = null;
  const rendered = await prerenderStatic({
    tree,
    context: { client },
    signal: request.signal,
    renderFunction: (node) =>
      prerenderToNodeStream(node, {
        signal: request.signal,
        onError: (error) => {
          renderError ??= error;
        },
      }),
    maxRerenders: 5,
  });
  if (renderError) throw renderError;
  if (rendered.aborted || failed || request.signal?.aborted) return null;

  const state: ServerRenderState = { language, apollo: cache.extract() };
  const preloads = (request.manifest ? pageChunkFiles(request.manifest, page.module) : [])
    .filter((file) => !request.template.includes(`"${file}"`))
    .map((file) => `<link rel="modulepreload" crossorigin href="${file}">`)
    .join('');
  return request.template
    .replace('</head>', () => `${preloads}</head>`)
    .replace(/<html[^>]*>/, () => `<html lang="${language}" dir="${directionOf(language)}">`)
    // Replaced through functions: a page's text can hold `$&` and the like, which a replacement string would expand.
    .replace(
      ROOT_ELEMENT,
      () => `<div id="root">${rendered.result}</div><script type="application/json" id="${SERVER_STATE_ELEMENT_ID}">${serialiseServerState(state)}</script>`,
    );
}
