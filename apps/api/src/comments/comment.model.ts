import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { enumFromValues } from '../common/graphql-enum';
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

  authorId!: string;
}
