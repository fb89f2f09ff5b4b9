import { ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import { HubError } from '../common/hub-error';

interface HttpPair {
  req: Record<string, unknown>;
  res: { setHeader?(name: string, value: string): void };
}

/**
 * @nestjs/throttler's guard, taught GraphQL: the stock guard reads the request from the HTTP
 * context, which a resolver does not have ("reading 'ip'"). Over the limit it throws the typed
 * RATE_LIMITED error with the seconds to wait, and sets Retry-After on the HTTP response.
 */
@Injectable()
export class GraphQLThrottlerGuard extends ThrottlerGuard {
  protected override getRequestResponse(context: ExecutionContext): HttpPair {
    if (context.getType<string>() === 'graphql') {
      return GqlExecutionContext.create(context).getContext<HttpPair>();
    }
    const http = context.switchToHttp();
    return { req: http.getRequest<Record<string, unknown>>(), res: http.getResponse<HttpPair['res']>() };
  }

  protected override async throwThrottlingException(context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    const retryAfterSeconds = Math.max(1, Math.ceil(detail.timeToBlockExpire));
    this.getRequestResponse(context).res.setHeader?.('Retry-After', String(retryAfterSeconds));
    throw new HubError('RATE_LIMITED', `Too many attempts. Try again in ${retryAfterSeconds} seconds.`, { retryAfterSeconds });
  }
}
