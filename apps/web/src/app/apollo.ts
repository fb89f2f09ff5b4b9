import { ApolloClient, HttpLink, InMemoryCache, type NormalizedCacheObject } from '@apollo/client';
import { createAuthLink } from '../features/account/auth-link';
import type { SessionStore } from '../features/account/session-store';

/** One cache shape for the browser and the server render, so a server-rendered cache restores as is. */
export function createApolloCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      // Vocabularies are keyed by code, not id.
      Sector: { keyFields: ['code'] },
      Cohort: { keyFields: ['code'] },
      Place: { keyFields: ['code'] },
      EvidenceTypeLabel: { keyFields: ['code'] },
      OrganisationTypeLabel: { keyFields: ['code'] },
      Tag: { keyFields: ['slug'] },
      Viewer: { keyFields: ['id'] },
    },
  });
}

/**
 * The API is served from the same origin (the dev server proxies `/graphql`). A server-rendered
 * page hands over its cache (`initialState`): the page's queries find their data there instead of
 * asking again while the page hydrates.
 */
export function createApolloClient(session: SessionStore, initialState?: NormalizedCacheObject): ApolloClient {
  const cache = createApolloCache();
  if (initialState) cache.restore(initialState);
  return new ApolloClient({
    link: createAuthLink(session).concat(new HttpLink({ uri: '/graphql', credentials: 'include' })),
    cache,
    // Queries that would also go to the network (cache-and-network) keep to the handed-over cache
    // while the page hydrates.
    ...(initialState ? { ssrForceFetchDelay: 1000 } : {}),
  });
}
