import { Query, Resolver } from '@nestjs/graphql';
import { Public } from '../auth/access.decorator';
import { ReadinessService } from '../health/readiness.service';
import { ApiStatus } from './api-status.model';

export const API_VERSION = process.env['npm_package_version'] ?? '0.1.0';

@Resolver(() => ApiStatus)
export class StatusResolver {
  constructor(private readonly readiness: ReadinessService) {}

  // The status page is readable before sign-in.
  @Public()
  @Query(() => ApiStatus, { description: 'Health of the API and its dependencies.' })
  async status(): Promise<ApiStatus> {
    const { ready, database, search } = await this.readiness.check();
    return {
      version: API_VERSION,
      ready,
      database: { ok: database.ok, detail: database.detail ?? null },
      search: { ok: search.ok, detail: search.detail ? `${search.engine}: ${search.detail}` : search.engine },
    };
  }
}
