import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ActorResolver } from '../accounts/actor-resolver.service';
import { HubError } from '../common/hub-error';
import { ACCESS_RULE, AccessRule, RequestWithActor, requestOf } from './access.decorator';
import type { Actor } from './actor';

/**
 * Global guard for every controller route and root GraphQL operation: resolves the actor from
 * the bearer token, then applies the operation's declared rule. An operation that declares none
 * is refused (fail closed).
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly actors: ActorResolver,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [context.getHandler(), context.getClass()]);
    if (!rule) throw HubError.forbidden('This operation declares no access rule.');
    const request = requestOf(context);
    request.actor = await this.actorOf(context, request);
    const actor = request.actor;
    switch (rule.kind) {
      case 'public':
        return true;
      case 'member':
        if (!actor) throw HubError.unauthenticated();
        return true;
      case 'roles':
        if (!actor) throw HubError.unauthenticated();
        if (!rule.roles.some((role) => actor.roles.includes(role))) throw HubError.forbidden();
        return true;
    }
  }

  /**
   * The root fields of a query run together for one request, so they share one session check (the
   * home page's query has several, and each check is two database reads). A mutation's fields run
   * one after another and one may end the session (signOut), so each is checked again.
   */
  private actorOf(context: ExecutionContext, request: RequestWithActor): Promise<Actor | null> {
    const header = request.headers['authorization'];
    const lookup = () => this.actors.fromAuthorizationHeader(Array.isArray(header) ? header[0] : header);
    const isQuery = context.getType<string>() === 'graphql' && GqlExecutionContext.create(context).getInfo<{ operation: { operation: string } }>().operation.operation === 'query';
    if (!isQuery) return lookup();
    request.actorLookup ??= lookup();
    return request.actorLookup;
  }
}
