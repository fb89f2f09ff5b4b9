import { Inject, Injectable } from '@nestjs/common';
import { DatabaseHealthService } from '../database/database-health.service';
import { SEARCH_ENGINE, SearchEngine } from '../search/search-engine.port';

export interface Readiness {
  ready: boolean;
  database: { ok: boolean; detail?: string };
  search: { ok: boolean; engine: string; detail?: string };
}

@Injectable()
export class ReadinessService {
  constructor(
    private readonly database: DatabaseHealthService,
    @Inject(SEARCH_ENGINE) private readonly search: SearchEngine,
  ) {}

  async check(): Promise<Readiness> {
    const [database, search] = await Promise.all([this.database.check(), this.search.health()]);
    return { ready: database.ok && search.ok, database, search };
  }
}
