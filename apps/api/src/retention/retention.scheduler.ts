import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { hostname } from 'node:os';
import { LeasesRepository } from './leases.repository';
import { RetentionOutcome, RetentionService } from './retention.service';

export const RETENTION_JOB = 'retention';
/** One run per window, whichever instance takes the lease first. */
export const RETENTION_WINDOW_MS = 15 * 60_000;
const LEASE_KEEP_MS = 7 * 24 * 3_600_000;

/** Runs the retention job on a timer; safe with several API instances (leases.repository.ts). */
@Injectable()
export class RetentionScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RetentionScheduler.name);
  private timer: NodeJS.Timeout | null = null;
  private readonly holder = `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`;

  constructor(
    private readonly leases: LeasesRepository,
    private readonly retention: RetentionService,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.tick(new Date()).catch((error: unknown) => this.logger.error(error));
    }, RETENTION_WINDOW_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Null when another instance already ran this window. */
  async tick(now: Date): Promise<RetentionOutcome | null> {
    const window = Math.floor(now.getTime() / RETENTION_WINDOW_MS) * RETENTION_WINDOW_MS;
    if (!(await this.leases.acquire(RETENTION_JOB, `${RETENTION_JOB}:${new Date(window).toISOString()}`, this.holder, now))) return null;
    const outcome = await this.retention.archiveExpired(now);
    await this.leases.pruneBefore(RETENTION_JOB, new Date(now.getTime() - LEASE_KEEP_MS));
    return outcome;
  }
}
