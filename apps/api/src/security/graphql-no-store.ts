import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloPlugins } from './graphql-limits';

/**
 * GraphQL answers are per viewer and may carry personal data: no browser or proxy may keep them.
 * Apollo's cache-control plugin would send `no-store` too, but to collect cache hints (the hub sets
 * none) it wraps every field's resolver: without it, the GraphQL layer's share of a question page's
 * CPU fell from 13–14% to 11% (bench/load.ts's profile). So it is disabled and this plugin sends
 * the header.
 */
export const graphqlNoStorePlugins: ApolloPlugins = [
  ApolloServerPluginCacheControlDisabled() as ApolloPlugins[number],
  {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          response.http.headers.set('cache-control', 'no-store');
        },
      };
    },
  },
];
