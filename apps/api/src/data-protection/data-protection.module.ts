import { Module } from '@nestjs/common';
import { CommentsModule } from '../comments/comments.module';
import { ContributionsModule } from '../contributions/contributions.module';
import { FollowsModule } from '../follows/follows.module';
import { QuestionsModule } from '../questions/questions.module';
import { DataProtectionResolver, UserSummaryFormerResolver } from './data-protection.resolver';
import { ErasureService } from './erasure.service';
import { PersonalDataExportService } from './personal-data-export.service';

/** Erasure on request and "download my data"; retention lives in retention/, the audit log in audit/. */
@Module({
  imports: [QuestionsModule, ContributionsModule, CommentsModule, FollowsModule],
  providers: [ErasureService, PersonalDataExportService, DataProtectionResolver, UserSummaryFormerResolver],
})
export class DataProtectionModule {}
