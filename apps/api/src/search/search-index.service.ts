import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { SearchSyncState } from '../content/search-sync.queries';
import type { Connection } from 'mongoose';
import { storageKindOf } from '../database/by-id-queries';
import { VocabulariesService } from '../vocabularies/vocabularies.service';
import { SEARCH_ENGINE, SearchEngine, SearchEngineName } from './search-engine.port';
import { SearchSources } from './search-sources';
import { SearchSyncWorker } from './search-sync.worker';

export type IndexState = 'BUILDING' | 'READY' | 'REBUILDING' | 'FAILED';

export interface SearchIndexStatus {
  state: IndexState;
  indexed: number;
  total: number;
  startedAt: Date | null;
  finishedAt: Date | null;
  lagMs: number;
  engine: SearchEngineName;
}

const REBUILD_BATCH = 1000;
/** Up to this many pending records seen by a rebuild are cleared one by one; more, by one statement. */
const CLEAR_BY_ID_MAX = 5000;
const SYNONYM_REFRESH_MS = 10_000;
const BOOT_RETRY_MS = 2000;

/**
 * Owns the index's life: the rebuild at boot (the embedded engine lives in memory), admin-started
 * rebuilds, synonyms, the sync worker, and the numbers /ready and the admin page show.
 */
@Injectable()
export class SearchIndexService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SearchIndexService.name);
  private state: IndexState = 'BUILDING';
  private progress = { indexed: 0, total: 0 };
  private startedAt: Date | null = null;
  private finishedAt: Date | null = null;
  private firstBuildDone = false;
  private building: Promise<void> | null = null;
  private stopped = false;
  private synonymsKey = '';
  private synonymTimer: NodeJS.Timeout | null = null;

  constructor(
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly sources: SearchSources,
    private readonly worker: SearchSyncWorker,
    private readonly vocabularies: VocabulariesService,
    @InjectConnection() private readonly connection: Connection,
  ) {}

  onApplicationBootstrap(): void {
    this.synonymTimer = setInterval(() => void this.refreshSynonymsQuietly(), SYNONYM_REFRESH_MS);
    this.synonymTimer.unref();
    this.vocabularies.onTagMerged(() => this.refreshSynonymsQuietly());
    // In the background: the API answers (and /ready says "building") while the index fills.
    this.building = this.boot();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.synonymTimer) clearInterval(this.synonymTimer);
    await this.worker.stop();
    await this.building?.catch(() => undefined);
  }

  /** Ready once the first build has been swapped in (a persistent engine is ready at once). */
  get ready(): boolean {
    return this.firstBuildDone;
  }

  get progressDetail(): string {
    return `building index ${this.progress.indexed}/${this.progress.total}`;
  }

  /** Starts a rebuild in the background unless one is running; returns the status right away. */
  async reindex(): Promise<SearchIndexStatus> {
    if (!this.building) this.building = this.rebuild().finally(() => (this.building = null));
    return this.status();
  }

  /** Waits for the running build, if any (tests, the CLI). */
  async settled(): Promise<void> {
    await this.building?.catch(() => undefined);
  }

  async status(): Promise<SearchIndexStatus> {
    return {
      state: this.state,
      indexed: this.progress.indexed,
      total: this.progress.total,
      startedAt: this.startedAt,
      finishedAt: this.finishedAt,
      lagMs: await this.lagMs(),
      engine: this.engine.name,
    };
  }

  /**
   * Age of the oldest change not yet in the index; 0 when none is pending. MongoDB answers from the
   * outbox's index. On FerretDB that query reads both collections whole, so /ready reports what
   * this instance knows (its own writes not yet indexed); the embedded setup is one instance.
   */
  async lagMs(): Promise<number> {
    const local = this.worker.localLagMs();
    if ((await storageKindOf(this.connection)) === 'ferretdb') return local;
    const [question, contribution] = await Promise.all([this.sources.questions.oldestSearchPendingSince(), this.sources.contributions.oldestSearchPendingSince()]);
    const oldest = Math.min(question?.getTime() ?? Infinity, contribution?.getTime() ?? Infinity);
    return Math.max(local, Number.isFinite(oldest) ? Math.max(0, Date.now() - oldest) : 0);
  }

  private async boot(): Promise<void> {
    while (!this.stopped) {
      try {
        await this.refreshSynonyms();
        // Meilisearch keeps its index: the outbox brings it up to date. The embedded one starts empty.
        if (this.engine.name === 'embedded') await this.rebuild();
        this.firstBuildDone = true;
        this.state = 'READY';
        break;
      } catch (error) {
        this.state = 'FAILED';
        this.logger.error(`search index build failed, retrying: ${error instanceof Error ? error.message : String(error)}`);
        await new Promise((resolve) => setTimeout(resolve, BOOT_RETRY_MS).unref());
      }
    }
    this.building = null;
    // The embedded engine was just rebuilt from MongoDB: its first sweep can wait a full interval.
    if (!this.stopped) this.worker.start({ sweepFirst: this.engine.name !== 'embedded' });
  }

  private async rebuild(): Promise<void> {
    this.state = this.firstBuildDone ? 'REBUILDING' : 'BUILDING';
    const startedAt = new Date();
    this.startedAt = startedAt;
    this.finishedAt = null;
    const total = await this.sources.total();
    this.progress = { indexed: 0, total };
    let read = 0;
    let lastLog = 0;
    const pending: Record<'question' | 'contribution', SearchSyncState[]> = { question: [], contribution: [] };
    const documents = this.sources.all(REBUILD_BATCH, (kind, states) => {
      read += states.length;
      for (const state of states) if (state.pending && pending[kind].length <= CLEAR_BY_ID_MAX) pending[kind].push(state);
      this.progress = { indexed: read, total: Math.max(total, read) };
      if (read - lastLog >= 10_000 || read === total) {
        lastLog = read;
        this.logger.log(`search index: ${read}/${total} read`);
      }
    });
    const started = Date.now();
    await this.engine.rebuild(documents, total);
    // The new generation holds what was pending when read (unless it changed since): clear those by
    // id; after a bulk load with thousands pending, one statement clears every change made before
    // the rebuild started (later ones stay pending).
    for (const kind of ['question', 'contribution'] as const) {
      const repository = kind === 'question' ? this.sources.questions : this.sources.contributions;
      if (pending[kind].length > CLEAR_BY_ID_MAX) await repository.clearSearchPendingChangedBefore(startedAt);
      else await repository.clearSearchPending(pending[kind]);
    }
    this.state = 'READY';
    this.finishedAt = new Date();
    this.logger.log(`search index built: ${read} sources in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }

  /** Synonyms are refreshed on a timer and on tag merges; a failure waits for the next refresh. */
  private async refreshSynonymsQuietly(): Promise<void> {
    try {
      await this.refreshSynonyms();
    } catch (error) {
      this.logger.warn(`search synonyms not refreshed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private async refreshSynonyms(): Promise<void> {
    const synonyms = await this.vocabularies.tagSynonymGroups();
    const key = JSON.stringify(synonyms);
    if (key === this.synonymsKey) return;
    await this.engine.configure({ synonyms });
    this.synonymsKey = key;
  }
}
