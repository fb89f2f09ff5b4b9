import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { ContributionsModule } from '../contributions/contributions.module';
import { QuestionsModule } from '../questions/questions.module';
import { LeaseRecord, LeaseSchema } from './lease.schema';
import { LeasesRepository } from './leases.repository';
import { RetentionScheduler } from './retention.scheduler';
import { RetentionService } from './retention.service';

@Module({
  imports: [MongooseModule.forFeature([{ name: LeaseRecord.name, schema: LeaseSchema }]), QuestionsModule, ContributionsModule],
  providers: [LeasesRepository, RetentionService, RetentionScheduler],
})
export class RetentionModule {}
