import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import type { SensitivityLevel } from '@hub/domain';
import { ReviewStateEnum, SensitivityLevelEnum } from '../content/content.enums';
import type { ReviewState } from '../content/review';

@ObjectType('Synthesis', { description: 'A sector lead’s synthesis of the contributions; every version is kept.' })
export class SynthesisModel {
  @Field(() => Int)
  version!: number;

  @Field({ description: 'Markdown source.' })
  body!: string;

  @Field(() => SensitivityLevelEnum)
  sensitivity!: SensitivityLevel;

  @Field(() => GraphQLISODateTime)
  publishedAt!: Date;

  @Field(() => ReviewStateEnum, { nullable: true, description: 'HELD: awaiting a moderator because personal data was detected (author and moderators only).' })
  review!: ReviewState | null;

  @Field(() => [String], { description: 'Kinds of personal data detected when it was published (never the values).' })
  heldFor!: string[];

  @Field(() => String, { nullable: true, description: 'The moderator’s reason for the review decision.' })
  reviewReason!: string | null;

  questionId!: string;
  authorId!: string;
  citedContributions!: string[];
}
