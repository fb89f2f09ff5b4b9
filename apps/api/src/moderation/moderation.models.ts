import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsMongoId, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { UserSummaryModel } from '../accounts/accounts.models';
import { connectionType } from '../common/connection';
import { enumFromValues } from '../common/graphql-enum';
import { ReviewStateEnum } from '../content/content.enums';
import type { ReviewState } from '../content/review';
import { LocalisedLabelModel } from '../personal-data/personal-data.models';
import { REVIEW_ITEM_KINDS, type ReviewItemKind } from './review.repository';

export const REVIEW_REASON_MAX = 1_000;

export const ReviewItemKindEnum = enumFromValues(REVIEW_ITEM_KINDS);
registerEnumType(ReviewItemKindEnum, { name: 'ReviewItemKind' });

@ObjectType('PersonalDataFinding', { description: 'Where personal data seems to be: the field, UTF-16 offsets into its text, and the kind.' })
export class PersonalDataFindingModel {
  @Field()
  field!: string;

  @Field({ description: 'UNHCR_CASE_NUMBER, PHONE_LEBANON, … or CUSTOM for an admin-configured pattern.' })
  kind!: string;

  @Field(() => Int)
  start!: number;

  @Field(() => Int)
  end!: number;

  @Field(() => ID, { nullable: true })
  patternId?: string;

  @Field(() => LocalisedLabelModel, { nullable: true, description: 'For CUSTOM findings: what the pattern finds.' })
  label?: LocalisedLabelModel;
}

@ObjectType('ReviewText', { description: 'One free-text field of a held item, as the author wrote it.' })
export class ReviewTextModel {
  @Field()
  field!: string;

  @Field()
  text!: string;
}

@ObjectType('ReviewItem', { description: 'Content posted despite a personal-data warning, waiting for a moderator.' })
export class ReviewItemModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ReviewItemKindEnum)
  kind!: ReviewItemKind;

  @Field(() => ID, { description: 'The question, contribution or comment; for a synthesis, its question.' })
  targetId!: string;

  @Field(() => Int, { nullable: true })
  synthesisVersion!: number | null;

  @Field(() => ID)
  questionId!: string;

  @Field(() => ReviewStateEnum, { nullable: true })
  review!: ReviewState | null;

  @Field(() => [String])
  heldFor!: string[];

  @Field(() => [ReviewTextModel])
  texts!: ReviewTextModel[];

  @Field(() => [PersonalDataFindingModel])
  findings!: PersonalDataFindingModel[];

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  authorId!: string;
}

export const ReviewItemConnection = connectionType(ReviewItemModel, 'ReviewItem');

@InputType()
export class DecideReviewInput {
  @Field(() => ReviewItemKindEnum)
  @IsIn(REVIEW_ITEM_KINDS)
  kind!: ReviewItemKind;

  @Field(() => ID, { description: 'The question, contribution or comment; for a synthesis, its question.' })
  @IsMongoId({ message: 'must be an id' })
  id!: string;

  @Field(() => Int, { nullable: true, description: 'Synthesis versions only.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Type(() => Number)
  synthesisVersion?: number | null;

  @Field(() => Boolean)
  @IsBoolean()
  approve!: boolean;

  @Field(() => String, { nullable: true, description: 'Required to reject; the author reads it.' })
  @IsOptional()
  @IsString()
  @MaxLength(REVIEW_REASON_MAX)
  reason?: string | null;
}

export { UserSummaryModel };
