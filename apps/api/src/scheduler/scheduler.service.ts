import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { hostname } from 'node:os';
import { LeasesRepository } from './leases.repository';

/**
 * A job that runs at most once per time window across every API instance. Windows are
 * `windowMs` long and start `offsetMs` after the epoch's window boundaries (daily at 06:00 UTC is
 * `{ windowMs: DAY, offsetMs: 6 * HOUR }`).
 */
export interface ScheduledJob<T = unknown> {
  name: string;
  windowMs: number;
  offsetMs?: number;
  run(now: Date, windowStart: Date): Promise<T>;
}

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;
/** The epoch was a Thursday: weekly windows shifted by four days start on Mondays. */
export const MONDAY_OFFSET_MS = 4 * DAY_MS;

/** How often each instance looks for a window it has not tried yet. */
const TICK_MS = MINUTE_MS;
const LEASE_KEEP_MS = 8 * DAY_MS;
const SHUTDOWN_GRACE_MS = 5_000;

export function windowStart(job: Pick<ScheduledJob, 'windowMs' | 'offsetMs'>, now: Date): Date {
  const offset = job.offsetMs ?? 0;
  return new Date(Math.floor((now.getTime() - offset) / job.windowMs) * job.windowMs + offset);
}

/**
 * Runs registered jobs on a timer, safely with several API instances: before running a window,
 * an instance takes its lease, a unique-`_id` insert into `leases` (leases.repository.ts) that
 * exactly one instance wins. A run that fails is logged and not retried in the same window; jobs
 * keep their own progress in their data (e.g. notifications not yet e-mailed), so the next window
 * picks up what a failed or crashed run left.
 */
@Injectable()
export class SchedulerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SchedulerService.name);
  private readonly jobs = new Map<string, ScheduledJob>();
  /** The last window each job was tried in by this instance (saves an insert per tick). */
  private readonly tried = new Map<string, number>();
  private readonly running = new Set<Promise<unknown>>();
  private timer: NodeJS.Timeout | null = null;
  private readonly holder = `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`;

  constructor(private readonly leases: LeasesRepository) {}

  register(job: ScheduledJob): void {
    if (this.jobs.has(job.name)) throw new Error(`scheduled job ${job.name} is registered twice`);
    this.jobs.set(job.name, job);
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.tickAll(new Date()), TICK_MS);
    this.timer.unref();
  }

  /** Gives running jobs a few seconds to finish; what they leave is picked up by a later window. */
  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    let timeout: NodeJS.Timeout | undefined;
    await Promise.race([Promise.allSettled([...this.running]), new Promise((resolve) => (timeout = setTimeout(resolve, SHUTDOWN_GRACE_MS)))]);
    clearTimeout(timeout);
  }

  /** Runs the job for `now`'s window if no instance has; resolves to its outcome, or null when another run had the window. */
  async tick<T = unknown>(name: string, now: Date): Promise<T | null> {
    const job = this.jobs.get(name) as ScheduledJob<T> | undefined;
    if (!job) throw new Error(`no scheduled job named ${name}`);
    const start = windowStart(job, now);
    this.tried.set(name, start.getTime());
    if (!(await this.leases.acquire(name, `${name}:${start.toISOString()}`, this.holder, now))) return null;
    const outcome = await job.run(now, start);
    await this.leases.pruneBefore(name, new Date(now.getTime() - LEASE_KEEP_MS));
    return outcome;
  }

  private tickAll(now: Date): void {
    for (const job of this.jobs.values()) {
      if (this.tried.get(job.name) === windowStart(job, now).getTime()) continue;
      const run = this.tick(job.name, now)
        .catch((error: unknown) => this.logger.error(`scheduled job ${job.name} failed: ${error instanceof Error ? error.message : String(error)}`))
        .finally(() => this.running.delete(run));
      this.running.add(run);
    }
  }
}
