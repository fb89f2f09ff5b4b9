import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { CommentRecord, CommentSchema } from '../comments/comment.schema';
import { CommentsModule } from '../comments/comments.module';
import { ContributionRecord, ContributionSchema } from '../contributions/contribution.schema';
import { ContributionsModule } from '../contributions/contributions.module';
import { QuestionRecord, QuestionSchema } from '../questions/question.schema';
import { QuestionsModule } from '../questions/questions.module';
import { ModerationResolver } from './moderation.resolver';
import { ModerationService } from './moderation.service';
import { ReviewRepository } from './review.repository';

@Module({
  imports: [
    // The same schemas as their own modules (Mongoose returns the models already registered).
    MongooseModule.forFeature([
      { name: QuestionRecord.name, schema: QuestionSchema },
      { name: ContributionRecord.name, schema: ContributionSchema },
      { name: CommentRecord.name, schema: CommentSchema },
    ]),
    ContributionsModule,
    QuestionsModule,
    CommentsModule,
  ],
  providers: [ReviewRepository, ModerationService, ModerationResolver],
})
export class ModerationModule {}
