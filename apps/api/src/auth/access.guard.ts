import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ActorResolver } from '../accounts/actor-resolver.service';
import { HubError } from '../common/hub-error';
import { ACCESS_RULE, AccessRule, requestOf } from './access.decorator';

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
    const header = request.headers['authorization'];
    request.actor = await this.actors.fromAuthorizationHeader(Array.isArray(header) ? header[0] : header);
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
}
