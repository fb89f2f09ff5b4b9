import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { LIMITS } from '@hub/domain';
import { Type } from 'class-transformer';
import { IsBoolean, IsInt, IsMongoId, IsOptional, IsString, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { MAX_CUSTOM_PATTERN_LENGTH } from '@hub/data-protection';

@ObjectType('LocalisedLabel', { description: 'A label in each interface language.' })
export class LocalisedLabelModel {
  @Field()
  en!: string;

  @Field()
  ar!: string;

  @Field()
  fr!: string;
}

@ObjectType('PersonalDataPattern', { description: 'An admin-configured pattern the personal-data guard applies with the built-in ones.' })
export class PersonalDataPatternModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field({ description: 'A JavaScript regular expression, matched against text whose Arabic-Indic digits are folded to 0-9.' })
  pattern!: string;

  @Field()
  caseInsensitive!: boolean;

  @Field(() => LocalisedLabelModel, { description: 'What it finds, as authors read it ("beneficiary card number").' })
  label!: LocalisedLabelModel;

  @Field()
  enabled!: boolean;

  @Field(() => Int)
  version!: number;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;
}

@InputType()
export class LocalisedLabelInput {
  @Field()
  @IsString()
  @MinLength(1, { message: 'is required' })
  @MaxLength(LIMITS.nameMax)
  en!: string;

  @Field()
  @IsString()
  @MinLength(1, { message: 'is required' })
  @MaxLength(LIMITS.nameMax)
  ar!: string;

  @Field()
  @IsString()
  @MinLength(1, { message: 'is required' })
  @MaxLength(LIMITS.nameMax)
  fr!: string;
}

@InputType()
export class PersonalDataPatternInput {
  @Field()
  @IsString()
  @MinLength(1, { message: 'is required' })
  @MaxLength(LIMITS.nameMax)
  name!: string;

  @Field()
  @IsString()
  @MinLength(1, { message: 'is required' })
  @MaxLength(MAX_CUSTOM_PATTERN_LENGTH)
  pattern!: string;

  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  caseInsensitive = false;

  @Field(() => LocalisedLabelInput)
  @ValidateNested()
  @Type(() => LocalisedLabelInput)
  label!: LocalisedLabelInput;

  @Field(() => Boolean, { defaultValue: true })
  @IsBoolean()
  enabled = true;
}

@InputType()
export class UpdatePersonalDataPatternInput {
  @Field(() => ID)
  @IsMongoId({ message: 'must be a pattern id' })
  id!: string;

  @Field(() => Int, { description: 'The version the edit was made on (CONFLICT when someone else edited first).' })
  @IsInt()
  @Min(1)
  version!: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1, { message: 'is required' })
  @MaxLength(LIMITS.nameMax)
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1, { message: 'is required' })
  @MaxLength(MAX_CUSTOM_PATTERN_LENGTH)
  pattern?: string;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  caseInsensitive?: boolean;

  @Field(() => LocalisedLabelInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalisedLabelInput)
  label?: LocalisedLabelInput;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;
}

@InputType()
export class TestPersonalDataPatternInput {
  @Field()
  @IsString()
  @MinLength(1, { message: 'is required' })
  @MaxLength(MAX_CUSTOM_PATTERN_LENGTH)
  pattern!: string;

  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  caseInsensitive = false;

  @Field({ description: 'Sample text to try the pattern on.' })
  @IsString()
  @MaxLength(LIMITS.bodyMax)
  sample!: string;
}

@ObjectType('PatternMatch')
export class PatternMatchModel {
  @Field(() => Int)
  start!: number;

  @Field(() => Int)
  end!: number;

  @Field()
  text!: string;
}

@ObjectType('PatternProblem')
export class PatternProblemModel {
  @Field({ description: 'SYNTAX, TOO_LONG, INVALID_FLAGS, MATCHES_EMPTY, NESTED_QUANTIFIER or SLOW (catastrophic backtracking).' })
  code!: string;

  @Field()
  message!: string;
}

@ObjectType('PatternTestResult')
export class PatternTestResultModel {
  @Field()
  valid!: boolean;

  @Field(() => PatternProblemModel, { nullable: true })
  problem!: PatternProblemModel | null;

  @Field(() => [PatternMatchModel])
  matches!: PatternMatchModel[];
}
