import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { enumFromValues } from '../common/graphql-enum';
import { ReviewStateEnum } from '../content/content.enums';
import type { ReviewState } from '../content/review';
import { COMMENT_TARGETS } from './comment.schema';

export const CommentTargetEnum = enumFromValues(COMMENT_TARGETS);
registerEnumType(CommentTargetEnum, { name: 'CommentTarget' });

@ObjectType('Comment')
export class CommentModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Plain text.' })
  body!: string;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => ReviewStateEnum, { nullable: true, description: 'HELD: awaiting a moderator because personal data was detected (author and moderators only).' })
  review!: ReviewState | null;

  @Field(() => [String], { description: 'Kinds of personal data detected when it was posted (never the values).' })
  heldFor!: string[];

  @Field(() => String, { nullable: true, description: 'The moderator’s reason for the review decision.' })
  reviewReason!: string | null;

  authorId!: string;
}
