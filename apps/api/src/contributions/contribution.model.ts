import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ConfidenceLevel, EvidenceType, Language, SensitivityLevel } from '@hub/domain';
import { LanguageEnum, OrganisationTypeEnum, UserSummaryModel } from '../accounts/accounts.models';
import { connectionType } from '../common/connection';
import { ConfidenceLevelEnum, EvidenceTypeEnum, SensitivityLevelEnum } from '../content/content.enums';
import { ReviewStateEnum } from '../content/content.enums';
import type { GatheringBasis, ReviewState } from './contribution.schema';
import { GatheringBasisEnum } from './dto/contribute.input';

@ObjectType('ContributionAuthor', {
  description: 'Who contributed. For an anonymous contribution, peers see only the organisation type and governorate.',
})
export class ContributionAuthorModel {
  @Field()
  anonymous!: boolean;

  @Field(() => UserSummaryModel, { nullable: true, description: 'Null when the viewer may not see who it is.' })
  user!: UserSummaryModel | null;

  @Field(() => OrganisationTypeEnum)
  organisationType!: string;

  @Field(() => String, { nullable: true, description: 'Governorate code of the contribution’s first place.' })
  governorate!: string | null;
}

@ObjectType('Contribution')
export class ContributionModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  questionId!: string;

  @Field({ description: 'Markdown source.' })
  body!: string;

  @Field(() => [String])
  places!: string[];

  @Field(() => [String])
  cohorts!: string[];

  @Field(() => GraphQLISODateTime, { nullable: true })
  periodFrom!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  periodTo!: Date | null;

  @Field(() => EvidenceTypeEnum)
  evidenceType!: EvidenceType;

  @Field(() => ConfidenceLevelEnum)
  confidence!: ConfidenceLevel;

  @Field(() => GatheringBasisEnum, { nullable: true })
  gatheringBasis!: GatheringBasis | null;

  @Field(() => [String])
  tags!: string[];

  @Field(() => LanguageEnum)
  language!: Language;

  @Field(() => SensitivityLevelEnum)
  sensitivity!: SensitivityLevel;

  @Field(() => ReviewStateEnum, { nullable: true, description: 'Set when the contribution went through the personal-data review.' })
  review!: ReviewState | null;

  @Field(() => [String], { description: 'Kinds of personal data detected when it was posted (never the values).' })
  heldFor!: string[];

  @Field(() => String, { nullable: true, description: 'The moderator’s reason for the review decision.' })
  reviewReason!: string | null;

  @Field(() => Int)
  helpfulCount!: number;

  @Field(() => Int)
  version!: number;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Retention: archived once this passes.' })
  expiresAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Set when the item expired; archived items are readable by managers only.' })
  archivedAt!: Date | null;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;
}

export const ContributionConnection = connectionType(ContributionModel, 'Contribution');
