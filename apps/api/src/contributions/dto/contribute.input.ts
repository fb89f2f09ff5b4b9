import { Field, GraphQLISODateTime, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { CONFIDENCE_LEVELS, EVIDENCE_TYPES, LANGUAGES, LIMITS, SENSITIVITY_LEVELS } from '@hub/domain';
import type { ConfidenceLevel, EvidenceType, Language, SensitivityLevel } from '@hub/domain';
import { Type } from 'class-transformer';
import { IsBoolean, IsDate, IsIn, IsInt, IsMongoId, IsOptional, IsString, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { CodeList } from '../../common/input-validators';
import { LanguageEnum } from '../../accounts/accounts.models';
import { enumFromValues } from '../../common/graphql-enum';
import { ConfidenceLevelEnum, EvidenceTypeEnum, SensitivityLevelEnum } from '../../content/content.enums';
import { ContentAccessInput } from '../../questions/dto/ask-question.input';
import { GATHERING_BASES, type GatheringBasis } from '../contribution.schema';

export const GatheringBasisEnum = enumFromValues(GATHERING_BASES);
registerEnumType(GatheringBasisEnum, {
  name: 'GatheringBasis',
  description: 'How knowledge that comes from people was gathered: informed consent, anonymised or aggregated, or a public source.',
});

@InputType()
export class ContributeInput {
  @Field(() => ID)
  @IsMongoId({ message: 'must be a question id' })
  questionId!: string;

  @Field({ description: 'Markdown.' })
  @IsString()
  @MinLength(1, { message: 'is required' })
  @MaxLength(LIMITS.bodyMax)
  body!: string;

  @Field(() => [String], { defaultValue: [] })
  @CodeList()
  places: string[] = [];

  @Field(() => [String], { defaultValue: [] })
  @CodeList()
  cohorts: string[] = [];

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Start of the period observed.' })
  @IsOptional()
  @IsDate()
  periodFrom?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @IsOptional()
  @IsDate()
  periodTo?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Retention: archived (readable by managers only) once this passes.' })
  @IsOptional()
  @IsDate()
  expiresAt?: Date | null;

  @Field(() => EvidenceTypeEnum)
  @IsIn(EVIDENCE_TYPES)
  evidenceType!: EvidenceType;

  @Field(() => ConfidenceLevelEnum)
  @IsIn(CONFIDENCE_LEVELS)
  confidence!: ConfidenceLevel;

  @Field(() => GatheringBasisEnum, { nullable: true, description: 'Required when the evidence comes from people.' })
  @IsOptional()
  @IsIn(GATHERING_BASES)
  gatheringBasis?: GatheringBasis | null;

  @Field(() => [String], { defaultValue: [] })
  @CodeList(LIMITS.tagsMax)
  tags: string[] = [];

  @Field(() => LanguageEnum)
  @IsIn(LANGUAGES)
  language!: Language;

  @Field(() => SensitivityLevelEnum, { description: 'Never less restricted than the question: the stricter label applies.' })
  @IsIn(SENSITIVITY_LEVELS)
  sensitivity!: SensitivityLevel;

  @Field(() => ContentAccessInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ContentAccessInput)
  access?: ContentAccessInput | null;

  @Field(() => Boolean, { defaultValue: false, description: 'Appear to peers only as "organisation type + governorate".' })
  @IsBoolean()
  anonymous = false;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Post although personal data was detected: the contribution is then held for a moderator’s review.',
  })
  @IsBoolean()
  postDespitePersonalData = false;
}

@InputType()
export class UpdateContributionInput {
  @Field(() => ID)
  @IsMongoId({ message: 'must be a contribution id' })
  id!: string;

  @Field(() => Int, { description: 'The version the edit was made on (CONFLICT when someone else edited first).' })
  @IsInt()
  @Min(1)
  version!: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1, { message: 'is required' })
  @MaxLength(LIMITS.bodyMax)
  body?: string;

  @Field(() => ConfidenceLevelEnum, { nullable: true })
  @IsOptional()
  @IsIn(CONFIDENCE_LEVELS)
  confidence?: ConfidenceLevel;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @CodeList(LIMITS.tagsMax)
  tags?: string[];

  @Field(() => SensitivityLevelEnum, { nullable: true })
  @IsOptional()
  @IsIn(SENSITIVITY_LEVELS)
  sensitivity?: SensitivityLevel;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  anonymous?: boolean;

  @Field(() => Boolean, { defaultValue: false, description: 'Save although personal data was detected (held for review).' })
  @IsBoolean()
  postDespitePersonalData = false;
}
