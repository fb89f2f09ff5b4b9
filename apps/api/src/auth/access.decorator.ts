import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Role } from '@hub/domain';
import type { Actor } from './actor';

/**
 * Who may call an operation at all. Every root resolver method states one (a test fails when one
 * does not; the guard refuses undeclared operations). Finer rules — whose content, which
 * sensitivity — are decided in the services.
 */
export type AccessRule = { kind: 'public' } | { kind: 'member' } | { kind: 'roles'; roles: Role[] };

export const ACCESS_RULE = 'hub:access-rule';

export const Public = () => SetMetadata(ACCESS_RULE, { kind: 'public' } satisfies AccessRule);
export const Members = () => SetMetadata(ACCESS_RULE, { kind: 'member' } satisfies AccessRule);
export const Roles = (...roles: Role[]) => SetMetadata(ACCESS_RULE, { kind: 'roles', roles } satisfies AccessRule);

export interface RequestWithActor {
  actor?: Actor | null;
  /** The session check shared by the root fields of one query (see AccessGuard). */
  actorLookup?: Promise<Actor | null>;
  headers: Record<string, string | string[] | undefined>;
  ip?: string;
}

export function requestOf(context: ExecutionContext): RequestWithActor {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: RequestWithActor }>().req;
  }
  return context.switchToHttp().getRequest<RequestWithActor>();
}

/** The signed-in actor, or null for anonymous callers of public operations. */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor | null => requestOf(context).actor ?? null);
