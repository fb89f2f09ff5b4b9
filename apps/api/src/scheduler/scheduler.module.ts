import { Global, Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { LeaseRecord, LeaseSchema } from './lease.schema';
import { LeasesRepository } from './leases.repository';
import { SchedulerService } from './scheduler.service';

/** Global: modules register their jobs (retention, reminders, digests) with the one scheduler. */
@Global()
@Module({
  imports: [MongooseModule.forFeature([{ name: LeaseRecord.name, schema: LeaseSchema }])],
  providers: [LeasesRepository, SchedulerService],
  exports: [SchedulerService, LeasesRepository],
})
export class SchedulerModule {}
