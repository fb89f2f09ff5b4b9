import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { ContentChange, ContentChanges } from '../content/content-changes';
import { FERRETDB_FULL_SCAN_INTERVAL_MS, inFullScanLane, storageKindOf } from '../database/by-id-queries';
import { SEARCH_ENGINE, SearchEngine } from './search-engine.port';
import { IndexWork, SearchSources } from './search-sources';

export const SYNC_BATCH = 200;
/** Long enough for one batch; a crashed instance's claim expires after it and another takes over. */
const LEASE_MS = 15_000;
/**
 * How often the outbox is swept when HUB_SEARCH_SWEEP_MS does not say. The sweep is the durable
 * path: other instances' writes and crash recovery (this instance's own writes arrive as hints and
 * are retried in memory). MongoDB answers it from an index, so once a second; FerretDB reads both
 * collections whole for it, and runs embedded as a single instance whose index is rebuilt at every
 * boot, so hourly (FERRETDB_FULL_SCAN_INTERVAL_MS).
 */
const SWEEP_MS = { mongodb: 1_000, ferretdb: FERRETDB_FULL_SCAN_INTERVAL_MS } as const;
const BACKOFF_BASE_MS = 200;
const BACKOFF_MAX_MS = 30_000;

export const backoffMs = (attempts: number) => Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempts));

type Kind = ContentChange['kind'];

/**
 * Drains the outbox (`searchSync.pending` on questions and contributions) into the engine. This
 * instance's writes arrive as in-process hints and are indexed at once, read by `_id`; a failure
 * keeps them in memory and retries with backoff, and their pending flag in MongoDB stays set
 * meanwhile, so a crash loses nothing: the sweep finds them. Safe with several API instances:
 * sweep claims are leases, indexing the same version twice is harmless, and `pending` is cleared
 * only when the record did not change meanwhile.
 */
@Injectable()
export class SearchSyncWorker {
  private readonly logger = new Logger(SearchSyncWorker.name);
  private running = false;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;
  /** Hinted ids not yet indexed, with when they were hinted (this instance's view of the lag). */
  private readonly hinted: Record<Kind, Map<string, number>> = { question: new Map(), contribution: new Map() };
  private readonly retrying: Record<Kind, Map<string, number>> = { question: new Map(), contribution: new Map() };
  /** Taken from `hinted` and being indexed right now (still counted in the lag). */
  private readonly inFlight: Record<Kind, Map<string, number>> = { question: new Map(), contribution: new Map() };
  private retryAttempts = 0;
  private retryTimer: NodeJS.Timeout | null = null;
  private hintsInFlight: Promise<void> | null = null;
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly sources: SearchSources,
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly changes: ContentChanges,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectConnection() private readonly connection: Connection,
  ) {}

  /** `sweepFirst: false` after a full rebuild, which left nothing pending that it had read. */
  start({ sweepFirst = true }: { sweepFirst?: boolean } = {}): void {
    if (this.running) return;
    this.running = true;
    this.unsubscribe = this.changes.subscribe((change) => this.hint(change));
    this.loop = this.run(sweepFirst);
  }

  /** Resolves once the batch in flight (if any) is finished; pending work stays for the next run. */
  async stop(): Promise<void> {
    this.running = false;
    this.unsubscribe?.();
    this.unsubscribe = null;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.wake?.();
    await Promise.all([this.loop, this.hintsInFlight]);
    this.loop = null;
  }

  /** Age of the oldest hinted change this instance has not indexed yet (0 when none). */
  localLagMs(now = Date.now()): number {
    let oldest = Infinity;
    for (const set of [this.hinted, this.retrying, this.inFlight].flatMap((byKind) => [byKind.question, byKind.contribution])) {
      for (const at of set.values()) oldest = Math.min(oldest, at);
    }
    return Number.isFinite(oldest) ? Math.max(1, now - oldest) : 0;
  }

  private hint(change: ContentChange): void {
    const now = Date.now();
    for (const id of change.ids) if (!this.hinted[change.kind].has(id)) this.hinted[change.kind].set(id, now);
    this.drainHints();
  }

  /** Hints are indexed by their own loop, so they never wait behind a sweep. */
  private drainHints(): void {
    this.hintsInFlight ??= (async () => {
      while (this.running && (this.hinted.question.size || this.hinted.contribution.size)) await this.indexHinted();
    })().finally(() => (this.hintsInFlight = null));
  }

  private async indexHinted(): Promise<void> {
    const batch = { question: take(this.hinted.question, SYNC_BATCH), contribution: take(this.hinted.contribution, SYNC_BATCH) };
    for (const kind of ['question', 'contribution'] as const) for (const [id, at] of batch[kind]) this.inFlight[kind].set(id, at);
    try {
      await this.index([...batch.question.keys()], [...batch.contribution.keys()]);
      if (!this.retrying.question.size && !this.retrying.contribution.size) this.retryAttempts = 0;
    } catch (error) {
      // Still pending in MongoDB; retried from memory with backoff (and by the sweep after a crash).
      for (const kind of ['question', 'contribution'] as const) for (const [id, at] of batch[kind]) this.retrying[kind].set(id, Math.min(at, this.retrying[kind].get(id) ?? at));
      this.scheduleRetry(error);
    } finally {
      for (const kind of ['question', 'contribution'] as const) for (const id of batch[kind].keys()) this.inFlight[kind].delete(id);
    }
  }

  private scheduleRetry(error: unknown): void {
    if (this.retryTimer || !this.running) return;
    const delay = backoffMs(this.retryAttempts++);
    this.logger.warn(`search index write failed (retry in ${delay} ms): ${error instanceof Error ? error.message : String(error)}`);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      for (const kind of ['question', 'contribution'] as const) {
        for (const [id, at] of this.retrying[kind]) if (!this.hinted[kind].has(id)) this.hinted[kind].set(id, at);
        this.retrying[kind].clear();
      }
      this.drainHints();
    }, delay);
    this.retryTimer.unref();
  }

  /** Reads, indexes, repairs derived lists, re-marks dependants, then clears what was indexed. */
  private async index(questionIds: string[], contributionIds: string[]): Promise<IndexWork> {
    const work = await this.sources.work(questionIds, contributionIds);
    if (work.upserts.length) await this.engine.upsert(work.upserts);
    if (work.removals.length) await this.engine.remove(work.removals);
    await this.sources.repair(work);
    // Contributions carry their question's title, status and sectors: re-index them before the
    // question's own pending flag is cleared, so a crash in between repeats this step.
    if (work.cascade.length) await this.sources.contributions.markSearchPending(work.cascade);
    await Promise.all([this.sources.questions.clearSearchPending(work.questions), this.sources.contributions.clearSearchPending(work.contributions)]);
    return work;
  }

  /** One sweep batch: returns how many sources it claimed. Exposed for tests and the CLI. */
  async drainOnce(): Promise<number> {
    const [questionIds, contributionIds] = await Promise.all([
      this.sources.questions.claimSearchPending(SYNC_BATCH, LEASE_MS),
      this.sources.contributions.claimSearchPending(SYNC_BATCH, LEASE_MS),
    ]);
    if (!questionIds.length && !contributionIds.length) return 0;
    try {
      await this.index(questionIds, contributionIds);
    } catch (error) {
      const states = await this.sources.work(questionIds, contributionIds).catch(() => null);
      const attempts = Math.max(0, ...[...(states?.questions ?? []), ...(states?.contributions ?? [])].map((state) => state.attempts));
      const delay = backoffMs(attempts);
      this.logger.warn(`search index write failed (${questionIds.length + contributionIds.length} items, retry in ${delay} ms): ${error instanceof Error ? error.message : String(error)}`);
      await Promise.all([this.sources.questions.deferSearchPending(questionIds, delay), this.sources.contributions.deferSearchPending(contributionIds, delay)]);
    }
    return questionIds.length + contributionIds.length;
  }

  private async sweepIntervalMs(): Promise<number> {
    return this.config.searchSweepMs ?? SWEEP_MS[await storageKindOf(this.connection)];
  }

  private async run(sweepFirst: boolean): Promise<void> {
    if (!sweepFirst) await this.pause(await this.sweepIntervalMs().catch(() => 1000));
    while (this.running) {
      let claimed = 0;
      try {
        claimed = await inFullScanLane(this.connection, () => this.drainOnce());
      } catch (error) {
        // The database is down, say: wait a little and try again; nothing was cleared.
        this.logger.warn(`search sync: ${error instanceof Error ? error.message : String(error)}`);
        await this.pause(1000);
        continue;
      }
      if (claimed < SYNC_BATCH) await this.pause(await this.sweepIntervalMs().catch(() => 1000));
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

/** Removes and returns up to `limit` entries of `map`, oldest first. */
function take(map: Map<string, number>, limit: number): Map<string, number> {
  const taken = new Map<string, number>();
  for (const [id, at] of map) {
    if (taken.size >= limit) break;
    taken.set(id, at);
    map.delete(id);
  }
  return taken;
}
