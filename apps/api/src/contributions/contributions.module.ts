import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { QuestionsModule } from '../questions/questions.module';
import { VocabulariesModule } from '../vocabularies/vocabularies.module';
import { ContributionRecord, ContributionSchema } from './contribution.schema';
import { ContributionsRepository } from './contributions.repository';
import { ContributionsResolver, QuestionContributionsResolver } from './contributions.resolver';
import { ContributionsService } from './contributions.service';

@Module({
  imports: [MongooseModule.forFeature([{ name: ContributionRecord.name, schema: ContributionSchema }]), QuestionsModule, VocabulariesModule],
  providers: [ContributionsRepository, ContributionsService, ContributionsResolver, QuestionContributionsResolver],
  exports: [ContributionsRepository, ContributionsService],
})
export class ContributionsModule {}
