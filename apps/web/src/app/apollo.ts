import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/** The API is served from the same origin (the dev server proxies `/graphql`). */
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql', credentials: 'include' }),
    cache: new InMemoryCache(),
  });
}
