import { Inject, Injectable, Logger } from '@nestjs/common';
import { SEARCH_ENGINE, SearchEngine } from './search-engine.port';
import { SearchSources } from './search-sources';

export const SYNC_BATCH = 200;
/** Long enough for one batch; a crashed instance's claim expires after it and another takes over. */
const LEASE_MS = 15_000;
const IDLE_POLL_MS = 100;
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

  constructor(
    private readonly sources: SearchSources,
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Resolves once the batch in flight (if any) is finished; pending work stays for the next run. */
  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
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
