import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { createAuthLink } from '../features/account/auth-link';
import type { SessionStore } from '../features/account/session-store';

/** The API is served from the same origin (the dev server proxies `/graphql`). */
export function createApolloClient(session: SessionStore): ApolloClient {
  return new ApolloClient({
    link: createAuthLink(session).concat(new HttpLink({ uri: '/graphql', credentials: 'include' })),
    cache: new InMemoryCache({
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
    }),
  });
}
