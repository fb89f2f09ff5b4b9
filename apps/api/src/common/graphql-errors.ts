import type { GraphQLFormattedError } from 'graphql';
import { Logger } from '@nestjs/common';
import { unwrapResolverError } from '@apollo/server/errors';
import { HubError } from './hub-error';

const logger = new Logger('GraphQL');

/**
 * Maps every error leaving the GraphQL layer to a typed, client-safe shape. Internal errors are
 * logged by the caller and reach clients only as INTERNAL_SERVER_ERROR without their message,
 * so stack traces, queries and data never leak.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof HubError) {
    return {
      message: original.message,
      path: formatted.path,
      locations: formatted.locations,
      extensions: {
        code: original.code,
        ...(original.details.fields ? { fields: original.details.fields } : {}),
        ...(original.details.personalData ? { personalData: original.details.personalData } : {}),
        ...(original.details.retryAfterSeconds !== undefined ? { retryAfterSeconds: original.details.retryAfterSeconds } : {}),
      },
    };
  }
  const code = formatted.extensions?.['code'];
  // Errors of the GraphQL request itself (syntax, unknown field, wrong variable type; a batch,
  // or a CSRF-suspect request: BAD_REQUEST) are the client's to fix and safe to describe.
  if (code === 'GRAPHQL_PARSE_FAILED' || code === 'GRAPHQL_VALIDATION_FAILED' || code === 'BAD_USER_INPUT' || code === 'BAD_REQUEST') {
    return { message: formatted.message, locations: formatted.locations, extensions: { code: 'VALIDATION_FAILED' } };
  }
  logger.error({ err: original, path: formatted.path }, 'Unexpected error in a GraphQL operation');
  return { message: 'Something went wrong on our side.', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
