import { Module } from '@nestjs/common';
import { ContributionsModule } from '../contributions/contributions.module';
import { QuestionsModule } from '../questions/questions.module';
import { RetentionJob } from './retention.job';
import { RetentionService } from './retention.service';

@Module({
  imports: [QuestionsModule, ContributionsModule],
  providers: [RetentionService, RetentionJob],
})
export class RetentionModule {}
