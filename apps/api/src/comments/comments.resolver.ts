import { Args, Context, Field, ID, InputType, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { COMMENT_TARGETS, type CommentTarget } from './comment.schema';
import { LIMITS } from '@hub/domain';
import { IsBoolean, IsIn, IsMongoId, IsString, MaxLength, MinLength } from 'class-validator';
import { UserSummaryModel } from '../accounts/accounts.models';
import { CurrentActor, Members } from '../auth/access.decorator';
import { Actor } from '../auth/actor';
import { ContributionModel } from '../contributions/contribution.model';
import type { Contribution } from '../contributions/contributions.types';
import type { GraphQLContext } from '../loaders/request-loaders';
import { ResearchQuestionModel } from '../questions/question.model';
import type { ResearchQuestion } from '../questions/questions.types';
import { CommentModel, CommentTargetEnum } from './comment.model';
import { Comment } from './comments.repository';
import { CommentsService } from './comments.service';

@InputType()
export class AddCommentInput {
  @Field(() => CommentTargetEnum)
  @IsIn(COMMENT_TARGETS)
  targetType!: CommentTarget;

  @Field(() => ID)
  @IsMongoId({ message: 'must be an id' })
  targetId!: string;

  @Field()
  @IsString()
  @MinLength(1, { message: 'is required' })
  @MaxLength(LIMITS.commentMax)
  body!: string;

  @Field(() => Boolean, { defaultValue: false, description: 'Post although personal data was detected: the comment is then held for a moderator’s review.' })
  @IsBoolean()
  postDespitePersonalData = false;
}

@Resolver(() => CommentModel)
export class CommentsResolver {
  constructor(private readonly comments: CommentsService) {}

  @Members()
  @Mutation(() => CommentModel, { description: 'Comments on a question or a contribution.' })
  addComment(@CurrentActor() actor: Actor, @Args('input') input: AddCommentInput): Promise<Comment> {
    return this.comments.comment(actor, input.targetType, input.targetId, input.body, input.postDespitePersonalData);
  }

  @ResolveField(() => UserSummaryModel, { nullable: true })
  author(@Parent() comment: Comment, @Context() { loaders }: GraphQLContext) {
    return loaders.users.load(comment.authorId);
  }
}

@Resolver(() => ResearchQuestionModel)
export class QuestionCommentsResolver {
  @ResolveField(() => [CommentModel])
  comments(@Parent() question: ResearchQuestion, @Context() { loaders }: GraphQLContext) {
    return loaders.commentsByTarget.load({ targetId: question.id, questionId: question.id });
  }
}

@Resolver(() => ContributionModel)
export class ContributionCommentsResolver {
  @ResolveField(() => [CommentModel])
  comments(@Parent() contribution: Contribution, @Context() { loaders }: GraphQLContext) {
    return loaders.commentsByTarget.load({ targetId: contribution.id, questionId: contribution.questionId });
  }
}
