import { Injectable, OnModuleInit } from '@nestjs/common';
import { MINUTE_MS, SchedulerService } from '../scheduler/scheduler.service';
import { RetentionService } from './retention.service';

export const RETENTION_JOB = 'retention';
/** One run per window, whichever instance takes the lease first. */
export const RETENTION_WINDOW_MS = 15 * MINUTE_MS;

/** Archives expired content on the shared scheduler (scheduler/), once per window across instances. */
@Injectable()
export class RetentionJob implements OnModuleInit {
  constructor(
    private readonly scheduler: SchedulerService,
    private readonly retention: RetentionService,
  ) {}

  onModuleInit(): void {
    this.scheduler.register({ name: RETENTION_JOB, windowMs: RETENTION_WINDOW_MS, run: (now) => this.retention.archiveExpired(now) });
  }
}
