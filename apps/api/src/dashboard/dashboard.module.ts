import { Module } from '@nestjs/common';
import { ContributionsModule } from '../contributions/contributions.module';
import { QuestionsModule } from '../questions/questions.module';
import { VocabulariesModule } from '../vocabularies/vocabularies.module';
import { DashboardResolver } from './dashboard.resolver';
import { DashboardService } from './dashboard.service';

/** The analysts' dashboard (issue #7): counts over readable content, small cells suppressed. */
@Module({
  imports: [QuestionsModule, ContributionsModule, VocabulariesModule],
  providers: [DashboardService, DashboardResolver],
})
export class DashboardModule {}
