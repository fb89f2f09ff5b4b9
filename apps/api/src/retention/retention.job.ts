import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { FullScanCadence } from '../database/by-id-queries';
import { MINUTE_MS, SchedulerService } from '../scheduler/scheduler.service';
import { RetentionService } from './retention.service';

export const RETENTION_JOB = 'retention';
/** One run per window, whichever instance takes the lease first. */
export const RETENTION_WINDOW_MS = 15 * MINUTE_MS;

/**
 * Archives expired content on the shared scheduler (scheduler/), once per window across instances;
 * on FerretDB, where finding expired content reads both collections whole, hourly (FullScanCadence).
 */
@Injectable()
export class RetentionJob implements OnModuleInit {
  private readonly cadence: FullScanCadence;

  constructor(
    private readonly scheduler: SchedulerService,
    private readonly retention: RetentionService,
    @InjectConnection() connection: Connection,
  ) {
    this.cadence = new FullScanCadence(connection);
  }

  onModuleInit(): void {
    this.scheduler.register({
      name: RETENTION_JOB,
      windowMs: RETENTION_WINDOW_MS,
      run: (now) => this.cadence.run(now, () => this.retention.archiveExpired(now), { questions: 0, contributions: 0 }),
    });
  }
}
