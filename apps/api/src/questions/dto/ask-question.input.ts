import { Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { LIMITS, SENSITIVITY_LEVELS, type SensitivityLevel } from '@hub/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsDate, IsIn, IsInt, IsMongoId, IsOptional, IsString, IsUrl, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { CodeList } from '../../common/input-validators';
import { SensitivityLevelEnum } from '../../content/content.enums';

@InputType()
export class QuestionSourceInput {
  @Field(() => String, { nullable: true, description: 'e.g. VASyR' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.nameMax)
  assessment?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1990)
  @Max(2100)
  year?: number | null;

  @Field(() => String, { nullable: true, description: 'e.g. households below the SMEB' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.titleMax)
  indicator?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'must be an http(s) link' })
  @MaxLength(LIMITS.urlMax)
  url?: string | null;
}

/** Who may read a Confidential or Strictly confidential question or contribution. */
@InputType()
export class ContentAccessInput {
  @Field(() => [String], { defaultValue: [], description: 'Confidential: sector codes whose members may read.' })
  @CodeList()
  sectors: string[] = [];

  @Field(() => [ID], { defaultValue: [], description: 'Confidential: organisations whose members may read.' })
  @IsArray()
  @ArrayMaxSize(LIMITS.listItemsMax)
  @IsMongoId({ each: true, message: 'must be organisation ids' })
  organisations: string[] = [];

  @Field(() => [ID], { defaultValue: [], description: 'Strictly confidential: the people who may read.' })
  @IsArray()
  @ArrayMaxSize(LIMITS.listItemsMax)
  @IsMongoId({ each: true, message: 'must be user ids' })
  users: string[] = [];
}

@InputType()
export class AskQuestionInput {
  @Field()
  @IsString()
  @MinLength(10, { message: 'must be at least 10 characters' })
  @MaxLength(LIMITS.titleMax)
  title!: string;

  @Field({ description: 'Markdown.' })
  @IsString()
  @MinLength(1, { message: 'is required' })
  @MaxLength(LIMITS.bodyMax)
  body!: string;

  @Field({ description: 'Why the knowledge is needed (data responsibility: purpose).' })
  @IsString()
  @MinLength(10, { message: 'must say why the knowledge is needed (10+ characters)' })
  @MaxLength(LIMITS.purposeMax)
  purpose!: string;

  @Field(() => QuestionSourceInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => QuestionSourceInput)
  source?: QuestionSourceInput | null;

  @Field(() => [String])
  @IsArray()
  @ArrayMinSize(1, { message: 'needs at least one sector' })
  @ArrayMaxSize(LIMITS.listItemsMax)
  @IsString({ each: true })
  @MaxLength(LIMITS.tagMax, { each: true })
  sectors!: string[];

  @Field(() => [String], { defaultValue: [] })
  @CodeList()
  places: string[] = [];

  @Field(() => [String], { defaultValue: [] })
  @CodeList()
  cohorts: string[] = [];

  @Field(() => [String], { defaultValue: [], description: 'Tag labels or slugs; new ones are created.' })
  @CodeList(LIMITS.tagsMax)
  tags: string[] = [];

  @Field(() => GraphQLISODateTime, { nullable: true })
  @IsOptional()
  @IsDate()
  opensAt?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @IsOptional()
  @IsDate()
  closesAt?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Retention: archived (readable by managers only) once this passes.' })
  @IsOptional()
  @IsDate()
  expiresAt?: Date | null;

  @Field(() => [ID], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(LIMITS.listItemsMax)
  @IsMongoId({ each: true, message: 'must be organisation ids' })
  invitedOrganisations: string[] = [];

  @Field(() => [String], { defaultValue: [] })
  @CodeList()
  invitedSectors: string[] = [];

  @Field(() => SensitivityLevelEnum, { nullable: true, description: 'When omitted, the most restricted default of the question’s sectors applies.' })
  @IsOptional()
  @IsIn(SENSITIVITY_LEVELS)
  sensitivity?: SensitivityLevel | null;

  @Field(() => ContentAccessInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ContentAccessInput)
  access?: ContentAccessInput | null;

  @Field(() => Boolean, { defaultValue: false, description: 'Open the question at once instead of saving a draft.' })
  @IsBoolean()
  publish = false;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Save although personal data was detected: the question is then held for a moderator’s review.',
  })
  @IsBoolean()
  postDespitePersonalData = false;
}
