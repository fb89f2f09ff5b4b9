import { Inject, Injectable, Logger } from '@nestjs/common';
import { ContentChange, ContentChanges } from '../content/content-changes';
import { SEARCH_ENGINE, SearchEngine } from './search-engine.port';
import { SearchSources } from './search-sources';

export const SYNC_BATCH = 200;
/** Long enough for one batch; a crashed instance's claim expires after it and another takes over. */
const LEASE_MS = 15_000;
/**
 * The outbox scan is the durable path (work of other instances, retries, crash recovery); on
 * FerretDB each scan reads the whole collection, so it runs once a second. This instance's own
 * writes arrive as in-process hints and are indexed at once.
 */
const IDLE_POLL_MS = 1_000;
const BACKOFF_BASE_MS = 200;
const BACKOFF_MAX_MS = 30_000;

export const backoffMs = (attempts: number) => Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempts));

/**
 * Drains the outbox (`searchSync.pending` on questions and contributions) into the engine. Safe
 * with several API instances: claims are leases, so they rarely overlap, and indexing the same
 * version twice is harmless. `pending` is cleared only when the record did not change meanwhile.
 */
@Injectable()
export class SearchSyncWorker {
  private readonly logger = new Logger(SearchSyncWorker.name);
  private running = false;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;
  private readonly hinted = { question: new Set<string>(), contribution: new Set<string>() };
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly sources: SearchSources,
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly changes: ContentChanges,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.unsubscribe = this.changes.subscribe((change) => this.hint(change));
    this.loop = this.run();
  }

  private hintsInFlight: Promise<void> | null = null;

  /** Hints are indexed by their own loop, so they never wait behind a slow outbox scan. */
  private hint(change: ContentChange): void {
    for (const id of change.ids) this.hinted[change.kind].add(id);
    this.hintsInFlight ??= this.drainHints().finally(() => (this.hintsInFlight = null));
  }

  private async drainHints(): Promise<void> {
    while (this.running && (this.hinted.question.size || this.hinted.contribution.size)) await this.indexHinted();
  }

  /** Indexes this instance's own recent writes without scanning the outbox. */
  private async indexHinted(): Promise<void> {
    const questionIds = [...this.hinted.question].slice(0, SYNC_BATCH);
    const contributionIds = [...this.hinted.contribution].slice(0, SYNC_BATCH);
    for (const id of questionIds) this.hinted.question.delete(id);
    for (const id of contributionIds) this.hinted.contribution.delete(id);
    try {
      const work = await this.sources.work(questionIds, contributionIds);
      if (work.upserts.length) await this.engine.upsert(work.upserts);
      if (work.removals.length) await this.engine.remove(work.removals);
      await this.sources.contributions.markSearchPendingForQuestions(work.questions.map((state) => state.id));
      await Promise.all([this.sources.questions.clearSearchPending(work.questions), this.sources.contributions.clearSearchPending(work.contributions)]);
    } catch (error) {
      // Still pending in the outbox: the durable path retries it with backoff.
      this.logger.debug(`hinted indexing deferred to the outbox: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Resolves once the batch in flight (if any) is finished; pending work stays for the next run. */
  async stop(): Promise<void> {
    this.running = false;
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.wake?.();
    await Promise.all([this.loop, this.hintsInFlight]);
    this.loop = null;
  }

  /** One batch: returns how many sources it claimed. Exposed for tests and the CLI. */
  async drainOnce(): Promise<number> {
    const [questionIds, contributionIds] = await Promise.all([
      this.sources.questions.claimSearchPending(SYNC_BATCH, LEASE_MS),
      this.sources.contributions.claimSearchPending(SYNC_BATCH, LEASE_MS),
    ]);
    if (!questionIds.length && !contributionIds.length) return 0;
    const work = await this.sources.work(questionIds, contributionIds);
    try {
      if (work.upserts.length) await this.engine.upsert(work.upserts);
      if (work.removals.length) await this.engine.remove(work.removals);
    } catch (error) {
      const attempts = Math.max(0, ...[...work.questions, ...work.contributions].map((state) => state.attempts));
      const delay = backoffMs(attempts);
      this.logger.warn(`search index write failed (${questionIds.length + contributionIds.length} items, retry in ${delay} ms): ${error instanceof Error ? error.message : String(error)}`);
      await Promise.all([this.sources.questions.deferSearchPending(questionIds, delay), this.sources.contributions.deferSearchPending(contributionIds, delay)]);
      return questionIds.length + contributionIds.length;
    }
    // Contributions carry their question's title, status and sectors: re-index them before the
    // question's own pending flag is cleared, so a crash in between repeats this step.
    await this.sources.contributions.markSearchPendingForQuestions(work.questions.map((state) => state.id));
    await Promise.all([this.sources.questions.clearSearchPending(work.questions), this.sources.contributions.clearSearchPending(work.contributions)]);
    return questionIds.length + contributionIds.length;
  }

  private async run(): Promise<void> {
    while (this.running) {
      let claimed = 0;
      try {
        claimed = await this.drainOnce();
      } catch (error) {
        // The database is down, say: wait a little and try again; nothing was cleared.
        this.logger.warn(`search sync: ${error instanceof Error ? error.message : String(error)}`);
        await this.pause(1000);
        continue;
      }
      if (claimed < SYNC_BATCH) await this.pause(IDLE_POLL_MS);
    }
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }
}
