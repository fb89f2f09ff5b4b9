import { Module } from '@nestjs/common';
import { ContributionsModule } from '../contributions/contributions.module';
import { QuestionsModule } from '../questions/questions.module';
import { ModerationResolver } from './moderation.resolver';
import { ModerationService } from './moderation.service';

@Module({
  imports: [ContributionsModule, QuestionsModule],
  providers: [ModerationService, ModerationResolver],
})
export class ModerationModule {}
