import { Field, GraphQLISODateTime, InputType, registerEnumType } from '@nestjs/graphql';
import { LIMITS, ORGANISATION_TYPES, QUESTION_STATUSES, type QuestionStatus } from '@hub/domain';
import { IsArray, IsDate, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { CodeList } from '../../common/input-validators';
import { OrganisationTypeEnum } from '../../accounts/accounts.models';
import { enumFromValues } from '../../common/graphql-enum';
import { QuestionStatusEnum } from '../../content/content.enums';
import { QUESTION_SORTS } from '../questions.types';

export const QuestionSortEnum = enumFromValues(QUESTION_SORTS);
registerEnumType(QuestionSortEnum, { name: 'QuestionSort' });

@InputType()
export class QuestionFilterInput {
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @CodeList()
  sectors?: string[];

  @Field(() => String, { nullable: true, description: 'A place code; questions about any place inside it match too.' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.tagMax)
  place?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @CodeList()
  cohorts?: string[];

  @Field(() => [QuestionStatusEnum], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsIn(QUESTION_STATUSES, { each: true })
  statuses?: QuestionStatus[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @CodeList()
  tags?: string[];

  @Field(() => [OrganisationTypeEnum], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsIn(ORGANISATION_TYPES, { each: true })
  organisationTypes?: string[];

  @Field(() => GraphQLISODateTime, { nullable: true })
  @IsOptional()
  @IsDate()
  createdFrom?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @IsOptional()
  @IsDate()
  createdTo?: Date;
}
