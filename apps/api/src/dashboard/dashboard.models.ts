import { Field, Float, GraphQLISODateTime, InputType, Int, ObjectType } from '@nestjs/graphql';
import { LIMITS } from '@hub/domain';
import { IsDate, IsOptional, IsString, MaxLength } from 'class-validator';
import { CodeList } from '../common/input-validators';

/**
 * A count under the small-cell rule, in the shape search facets use: `count` is null when the
 * number is below k, and `lessThan` then says "fewer than k".
 */
@ObjectType('DashboardCount')
export class DashboardCountModel {
  @Field(() => [String], { description: 'What is counted, e.g. [sector, status] or [governorate, sector]; empty for a single number.' })
  keys!: string[];

  @Field(() => Int, { nullable: true, description: 'Null when suppressed by the small-cell rule (see lessThan).' })
  count!: number | null;

  @Field(() => Int, { nullable: true, description: 'Set when the count is suppressed: there are fewer than this many.' })
  lessThan!: number | null;
}

@ObjectType('DashboardMedian')
export class DashboardMedianModel {
  @Field(() => Float, { nullable: true, description: 'Median in days; null without data or when fewer than k questions make it.' })
  days!: number | null;

  @Field(() => DashboardCountModel, { description: 'How many questions the median is taken over.' })
  questions!: DashboardCountModel;
}

@ObjectType('Dashboard', { description: 'What the response knows, counted over what the viewer may read, with the small-cell rule applied to every count.' })
export class DashboardModel {
  @Field(() => Int, { description: 'The small-cell threshold: counts below it are shown as "fewer than k".' })
  smallCellK!: number;

  @Field(() => DashboardCountModel)
  questions!: DashboardCountModel;

  @Field(() => DashboardCountModel)
  contributions!: DashboardCountModel;

  @Field(() => [DashboardCountModel], { description: 'Keys: [sector code, status].' })
  questionsBySectorAndStatus!: DashboardCountModel[];

  @Field(() => [DashboardCountModel], { description: 'Keys: [YYYY-MM], every month from the first to the last with contributions.' })
  contributionsByMonth!: DashboardCountModel[];

  @Field(() => DashboardMedianModel, { description: 'From a question being asked to its first readable contribution.' })
  medianDaysToFirstContribution!: DashboardMedianModel;

  @Field(() => DashboardMedianModel, { description: 'From a question being asked to its first readable synthesis.' })
  medianDaysToSynthesis!: DashboardMedianModel;

  @Field(() => DashboardCountModel, { description: 'Open questions whose discussion window has closed.' })
  openPastDeadline!: DashboardCountModel;

  @Field(() => [DashboardCountModel], { description: 'Questions per [governorate code, sector code].' })
  coverage!: DashboardCountModel[];

  @Field(() => [DashboardCountModel], { description: 'Keys: [organisation type] (what anonymous contributions show too).' })
  contributionsByOrganisationType!: DashboardCountModel[];

  @Field(() => [DashboardCountModel], { description: 'Questions and contributions about each governorate. Keys: [governorate code].' })
  activityByGovernorate!: DashboardCountModel[];

  @Field(() => GraphQLISODateTime)
  generatedAt!: Date;
}

@InputType()
export class DashboardFilterInput {
  @Field(() => [String], { nullable: true, description: 'Sector codes.' })
  @IsOptional()
  @CodeList()
  sectors?: string[] | null;

  @Field(() => String, { nullable: true, description: 'A place code; content about any place inside it counts too.' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.tagMax)
  place?: string | null;

  @Field(() => [String], { nullable: true, description: 'Cohort codes.' })
  @IsOptional()
  @CodeList()
  cohorts?: string[] | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Counts content created from this time on.' })
  @IsOptional()
  @IsDate()
  from?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Counts content created up to this time.' })
  @IsOptional()
  @IsDate()
  to?: Date | null;
}
