import { DynamicModule, Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import type { RateLimits } from './rate-limits';
import { hubThrottlers } from './throttlers';

/**
 * Rate limiting. Counters live in this process's memory (the throttler's default storage): enough
 * for one API instance. Several instances behind a load balancer need a shared store (e.g. Redis
 * through a ThrottlerStorage), or each would allow the full limit.
 * The guard itself (GraphQLThrottlerGuard) is registered in app.module.ts after the AccessGuard,
 * so per-user limits see the signed-in actor.
 */
@Module({})
export class SecurityModule {
  static forRoot(limits: RateLimits): DynamicModule {
    const throttler = ThrottlerModule.forRoot({ throttlers: hubThrottlers(limits), setHeaders: false });
    return { module: SecurityModule, imports: [throttler], exports: [throttler] };
  }
}
