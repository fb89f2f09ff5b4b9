import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { QuestionStatus, SensitivityLevel } from '@hub/domain';
import { connectionType } from '../common/connection';
import { QuestionStatusEnum, ReviewStateEnum, SensitivityLevelEnum } from '../content/content.enums';
import type { ReviewState } from '../content/review';

@ObjectType('QuestionSource', { description: 'The assessment finding that prompted the question.' })
export class QuestionSourceModel {
  @Field(() => String, { nullable: true })
  assessment!: string | null;

  @Field(() => Int, { nullable: true })
  year!: number | null;

  @Field(() => String, { nullable: true })
  indicator!: string | null;

  @Field(() => String, { nullable: true })
  url!: string | null;
}

@ObjectType('QuestionPermissions', { description: 'What the viewer may do with this question (the server enforces it too).' })
export class QuestionPermissionsModel {
  @Field()
  edit!: boolean;

  @Field({ description: 'Open, synthesise, close, reopen, mark duplicate, link.' })
  manage!: boolean;

  @Field()
  contribute!: boolean;

  @Field()
  comment!: boolean;
}

@ObjectType('ResearchQuestion')
export class ResearchQuestionModel {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field({ description: 'Markdown source.' })
  body!: string;

  @Field({ description: 'Why the knowledge is needed.' })
  purpose!: string;

  @Field(() => QuestionSourceModel)
  source!: QuestionSourceModel;

  @Field(() => [String], { description: 'Sector codes.' })
  sectors!: string[];

  @Field(() => [String], { description: 'Place codes (P-codes).' })
  places!: string[];

  @Field(() => [String], { description: 'Population cohort codes.' })
  cohorts!: string[];

  @Field(() => [String], { description: 'Tag slugs.' })
  tags!: string[];

  @Field(() => GraphQLISODateTime, { nullable: true })
  opensAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  closesAt!: Date | null;

  @Field(() => [String])
  invitedSectors!: string[];

  @Field(() => SensitivityLevelEnum)
  sensitivity!: SensitivityLevel;

  @Field(() => QuestionStatusEnum)
  status!: QuestionStatus;

  @Field(() => ReviewStateEnum, { nullable: true, description: 'Set when the question went through the personal-data review; HELD: awaiting a moderator.' })
  review!: ReviewState | null;

  @Field(() => [String], { description: 'Kinds of personal data detected when it was saved (never the values).' })
  heldFor!: string[];

  @Field(() => String, { nullable: true, description: 'The moderator’s reason for the review decision.' })
  reviewReason!: string | null;

  @Field(() => Int, { description: 'Send it back with an edit: a newer one on the server means someone else edited first.' })
  version!: number;

  @Field(() => GraphQLISODateTime, { nullable: true })
  closedAt!: Date | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Retention: archived once this passes.' })
  expiresAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Set when the item expired; archived items are readable by managers only.' })
  archivedAt!: Date | null;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;
}

export const ResearchQuestionConnection = connectionType(ResearchQuestionModel, 'ResearchQuestion');
