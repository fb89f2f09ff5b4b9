import { Module } from '@nestjs/common';
import { CommentsModule } from '../comments/comments.module';
import { ContributionsModule } from '../contributions/contributions.module';
import { FollowsModule } from '../follows/follows.module';
import { QuestionsModule } from '../questions/questions.module';
import { LoaderRepositories } from './request-loaders';

@Module({
  imports: [QuestionsModule, ContributionsModule, CommentsModule, FollowsModule],
  providers: [LoaderRepositories],
  exports: [LoaderRepositories],
})
export class LoadersModule {}
