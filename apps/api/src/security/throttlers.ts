import type { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { normalizeIp, type ThrottlerOptions } from '@nestjs/throttler';
import { createHash } from 'node:crypto';
import type { RequestWithActor } from '../auth/access.decorator';
import type { RateLimit, RateLimits } from './rate-limits';

/** The GraphQL root operation a guard runs for, or null for plain HTTP routes. */
export function operationOf(context: ExecutionContext): { type: string; field: string; args: Record<string, unknown> } | null {
  if (context.getType<string>() !== 'graphql') return null;
  const gql = GqlExecutionContext.create(context);
  const info = gql.getInfo<{ parentType: { name: string }; fieldName: string }>();
  return { type: info.parentType.name, field: info.fieldName, args: gql.getArgs<Record<string, unknown>>() };
}

const ACCOUNT_LINK_OPERATIONS = new Set(['acceptInvitation', 'requestPasswordReset', 'resetPassword']);

const isMutation = (context: ExecutionContext, fields?: Set<string>): boolean => {
  const operation = operationOf(context);
  return operation?.type === 'Mutation' && (!fields || fields.has(operation.field));
};

const clientAddress = (req: Record<string, unknown>): string => normalizeIp(typeof req['ip'] === 'string' ? req['ip'] : 'unknown');

/** The e-mail a sign-in is for (or, for a password change, the signed-in account); a non-string (an injection attempt) is refused later by validation. */
function signInEmail(context: ExecutionContext): string {
  if (operationOf(context)?.field === 'changePassword') return `user:${actorOf(context) ?? 'anonymous'}`;
  const input = operationOf(context)?.args['input'];
  const email = typeof input === 'object' && input !== null ? (input as Record<string, unknown>)['email'] : undefined;
  return typeof email === 'string' ? email.trim().toLowerCase() : 'not-an-email';
}

// Keys are hashed so e-mail addresses do not sit in the store in clear.
const key = (scope: string, tracker: string) => createHash('sha256').update(`${scope}:${tracker}`).digest('hex');

const window = (limit: RateLimit) => ({ limit: limit.limit, ttl: limit.windowSeconds * 1000 });

/** The named throttlers; each decides for itself which operations it counts and by what. */
export function hubThrottlers(limits: RateLimits): ThrottlerOptions[] {
  // Changing a password checks the current one: it is limited like a sign-in.
  const signIn = new Set(['signIn', 'changePassword']);
  return [
    {
      name: 'sign-in-ip',
      ...window(limits.signInPerIp),
      skipIf: (context) => !isMutation(context, signIn),
      getTracker: clientAddress,
      generateKey: (_context, tracker) => key('sign-in-ip', tracker),
    },
    {
      name: 'sign-in-account',
      ...window(limits.signInPerAccount),
      skipIf: (context) => !isMutation(context, signIn),
      getTracker: (_req, context) => signInEmail(context),
      generateKey: (_context, tracker) => key('sign-in-account', tracker),
    },
    {
      name: 'account-links-ip',
      ...window(limits.accountLinksPerIp),
      skipIf: (context) => !isMutation(context, ACCOUNT_LINK_OPERATIONS),
      getTracker: clientAddress,
      // Counted per operation: accepting an invitation does not use up password resets.
      generateKey: (context, tracker) => key(`account-links-ip:${operationOf(context)?.field ?? ''}`, tracker),
    },
    {
      name: 'writes-user',
      ...window(limits.writesPerUser),
      // Anonymous mutations are the account operations above, limited per address there.
      skipIf: (context) => !isMutation(context) || !actorOf(context),
      getTracker: (_req, context) => actorOf(context) ?? 'anonymous',
      generateKey: (_context, tracker) => key('writes-user', tracker),
    },
  ];
}

/** Set by the AccessGuard, which runs first (it is registered first in app.module.ts). */
function actorOf(context: ExecutionContext): string | null {
  const req = GqlExecutionContext.create(context).getContext<{ req: RequestWithActor }>().req;
  return req.actor?.userId ?? null;
}
