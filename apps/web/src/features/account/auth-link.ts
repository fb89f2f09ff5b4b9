import { ApolloLink } from '@apollo/client';
import { from, mergeMap, of } from 'rxjs';
import { hasErrorCode } from '../../graphql/errors';
import type { SessionStore } from './session-store';

/** Operations that establish or end a session: a refusal there is an answer, not an expired token. */
const SESSION_OPERATIONS: ReadonlySet<string> = new Set([
  'SignIn',
  'RefreshSession',
  'SignOut',
  'AcceptInvitation',
  'ResetPassword',
  'RequestPasswordReset',
]);

function withBearer(operation: ApolloLink.Operation, token: string | null): void {
  operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
    headers: token ? { ...headers, authorization: `Bearer ${token}` } : headers,
  }));
}

/**
 * Adds the in-memory access token to every request. When the API answers UNAUTHENTICATED (the
 * token expired), it refreshes the session once and retries the operation once.
 */
export function createAuthLink(session: SessionStore): ApolloLink {
  return new ApolloLink((operation, forward) => {
    const sentToken = session.getAccessToken();
    withBearer(operation, sentToken);
    if (SESSION_OPERATIONS.has(operation.operationName ?? '')) return forward(operation);
    return forward(operation).pipe(
      mergeMap((result) => {
        if (!sentToken || !hasErrorCode(result.errors, 'UNAUTHENTICATED')) return of(result);
        return from(session.refresh()).pipe(
          mergeMap((token) => {
            if (!token) return of(result);
            withBearer(operation, token);
            return forward(operation);
          }),
        );
      }),
    );
  });
}
