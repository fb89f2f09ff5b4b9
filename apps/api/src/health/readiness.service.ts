import { Inject, Injectable } from '@nestjs/common';
import { DatabaseHealthService } from '../database/database-health.service';
import { SearchIndexService } from '../search/search-index.service';
import { SEARCH_ENGINE, SearchEngine } from '../search/search-engine.port';

export interface Readiness {
  ready: boolean;
  database: { ok: boolean; detail?: string };
  /** lagMs: age of the oldest change not yet searchable (0 when none; null when unknown). */
  search: { ok: boolean; engine: string; detail?: string; lagMs: number | null };
}

@Injectable()
export class ReadinessService {
  constructor(
    private readonly database: DatabaseHealthService,
    @Inject(SEARCH_ENGINE) private readonly search: SearchEngine,
    private readonly index: SearchIndexService,
  ) {}

  async check(): Promise<Readiness> {
    const [database, engine] = await Promise.all([this.database.check(), this.search.health()]);
    const lagMs = database.ok ? await this.index.lagMs().catch(() => null) : null;
    // Until the first build is swapped in, searches would miss content: not ready.
    const search = this.index.ready ? { ...engine, lagMs } : { engine: engine.engine, ok: false, detail: this.index.progressDetail, lagMs };
    return { ready: database.ok && search.ok, database, search };
  }
}
