import type { ApolloClient } from '@apollo/client';
import { matchPath } from 'react-router-dom';
import type { SessionStore } from '../features/account/session-store';
import { HOME_PAGE_QUERY } from '../features/home/graphql/home-page.query';
import { QUESTION_PAGE_QUERY } from '../features/questions/graphql/question-page.operations';
import { VOCABULARIES_QUERY } from '../features/vocabulary/graphql/vocabularies.query';
import { ROUTES } from './paths';

/**
 * Asks for the landing page's data as soon as the entry script runs, beside its chunk and the
 * language, instead of after them: on a slow connection that is one round trip less before the
 * content shows. The page's own query then finds the answer in the cache, or shares the request
 * still in flight (Apollo deduplicates identical operations). Failures are left to the page, which
 * shows them with a retry. A member's data waits for the session (restored meanwhile).
 *
 * The server render asks the same way before it renders (entry-server.tsx): the page then renders
 * with its data at the first pass instead of discovering its queries one render at a time.
 * Resolves when both answers are in (or failed).
 */
export function prefetchPageData(pathname: string, client: ApolloClient, session: SessionStore): Promise<void> {
  const questionId = matchPath(ROUTES.question, pathname)?.params.id;
  if (pathname !== ROUTES.home && !questionId) return Promise.resolve();
  const ignore = () => undefined;
  const vocabularies = client.query({ query: VOCABULARIES_QUERY }).catch(ignore);
  const state = session.getState();
  const signedIn = state.status === 'restoring' ? session.refresh().then((token) => token !== null) : Promise.resolve(state.status === 'signedIn');
  const page = signedIn
    .then(async (viewerSignedIn) => {
      if (questionId) await client.query({ query: QUESTION_PAGE_QUERY, variables: { id: questionId } });
      else await client.query({ query: HOME_PAGE_QUERY, variables: { signedIn: viewerSignedIn } });
    })
    .catch(ignore);
  return Promise.all([vocabularies, page]).then(ignore);
}
