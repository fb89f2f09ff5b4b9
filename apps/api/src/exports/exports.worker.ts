import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ExportsRepository } from './exports.repository';
import { ExportsService } from './exports.service';

const TICK_MS = 1_000;
/** A running job whose heartbeat is older than this is taken over by a new attempt. */
export const EXPORT_STALE_MS = 2 * 60_000;
const CLEANUP_EVERY_TICKS = 60;

/**
 * Produces queued exports in the background, one at a time per instance. Several instances may
 * look at the same job: each attempt is claimed by a unique insert (exports.repository.ts), so a
 * job is produced once; a run that stopped (crash, restart) is retried under the next attempt.
 */
@Injectable()
export class ExportsWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ExportsWorker.name);
  private timer: NodeJS.Timeout | null = null;
  private busy: Promise<unknown> | null = null;
  private ticks = 0;

  constructor(
    private readonly jobs: ExportsRepository,
    private readonly exports: ExportsService,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      if (this.busy) return;
      this.busy = this.tick(new Date())
        .catch((error: unknown) => this.logger.error(error))
        .finally(() => (this.busy = null));
    }, TICK_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.busy;
  }

  /** Runs what is claimable now; returns how many jobs this instance produced. */
  async tick(now: Date): Promise<number> {
    if (this.ticks++ % CLEANUP_EVERY_TICKS === 0) await this.jobs.deleteExpiredFiles(now);
    let produced = 0;
    for (const found of await this.jobs.claimable(new Date(now.getTime() - EXPORT_STALE_MS), 5)) {
      // A stalled run: the next attempt has a new claim key, which again only one instance gets.
      const job = found.status === 'RUNNING' ? await this.jobs.update(found.id, { status: 'QUEUED', attempt: found.attempt + 1 }) : found;
      if (job && (await this.exports.claimAndRun(job))) produced++;
    }
    return produced;
  }
}
