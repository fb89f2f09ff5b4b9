import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { ContributionsModule } from '../contributions/contributions.module';
import { QuestionsModule } from '../questions/questions.module';
import { CommentThreadRecord, CommentThreadSchema } from './comment-thread.schema';
import { CommentRecord, CommentSchema } from './comment.schema';
import { CommentsRepository } from './comments.repository';
import { CommentsResolver, ContributionCommentsResolver, QuestionCommentsResolver } from './comments.resolver';
import { CommentsService } from './comments.service';

@Module({
  imports: [MongooseModule.forFeature([
      { name: CommentRecord.name, schema: CommentSchema },
      { name: CommentThreadRecord.name, schema: CommentThreadSchema },
    ]), QuestionsModule, ContributionsModule],
  providers: [CommentsRepository, CommentsService, CommentsResolver, QuestionCommentsResolver, ContributionCommentsResolver],
  exports: [CommentsRepository, CommentsService],
})
export class CommentsModule {}
