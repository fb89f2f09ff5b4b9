import { Args, Context, Field, ID, InputType, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { LIMITS, SENSITIVITY_LEVELS, type SensitivityLevel } from '@hub/domain';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsMongoId, IsOptional, IsString, MaxLength, Min, MinLength } from 'class-validator';
import { UserSummaryModel } from '../accounts/accounts.models';
import { CurrentActor, Members } from '../auth/access.decorator';
import { Actor } from '../auth/actor';
import { renderMarkdown } from '../common/markdown';
import { SensitivityLevelEnum } from '../content/content.enums';
import { ContributionModel } from '../contributions/contribution.model';
import type { Contribution } from '../contributions/contributions.types';
import type { GraphQLContext } from '../loaders/request-loaders';
import { ResearchQuestionModel } from '../questions/question.model';
import type { ResearchQuestion, Synthesis } from '../questions/questions.types';
import { SynthesesService } from './syntheses.service';
import { SynthesisModel } from './synthesis.model';

@InputType()
export class PublishSynthesisInput {
  @Field(() => ID)
  @IsMongoId({ message: 'must be a question id' })
  questionId!: string;

  @Field(() => Int, { description: 'The question version the synthesis was written on.' })
  @IsInt()
  @Min(1)
  version!: number;

  @Field({ description: 'Markdown.' })
  @IsString()
  @MinLength(1, { message: 'is required' })
  @MaxLength(LIMITS.bodyMax)
  body!: string;

  @Field(() => [ID], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(LIMITS.listItemsMax)
  @IsMongoId({ each: true, message: 'must be contribution ids' })
  citedContributions: string[] = [];

  @Field(() => SensitivityLevelEnum, { nullable: true, description: 'Defaults to the question’s; never less restricted.' })
  @IsOptional()
  @IsIn(SENSITIVITY_LEVELS)
  sensitivity?: SensitivityLevel | null;

  @Field(() => Boolean, { defaultValue: false, description: 'Close the question with this synthesis (not when it is held for review).' })
  @IsBoolean()
  close = false;

  @Field(() => Boolean, { defaultValue: false, description: 'Publish although personal data was detected: the version is then held for a moderator’s review.' })
  @IsBoolean()
  postDespitePersonalData = false;
}

@Resolver(() => SynthesisModel)
export class SynthesesResolver {
  constructor(private readonly syntheses: SynthesesService) {}

  @Members()
  @Mutation(() => ResearchQuestionModel, { description: 'Publishes a new synthesis version citing contributions, optionally closing the question.' })
  publishSynthesis(@CurrentActor() actor: Actor, @Args('input') input: PublishSynthesisInput): Promise<ResearchQuestion> {
    return this.syntheses.publish(actor, { ...input, sensitivity: input.sensitivity ?? null });
  }

  @ResolveField(() => String)
  bodyHtml(@Parent() synthesis: Synthesis): string {
    return renderMarkdown(synthesis.body);
  }

  @ResolveField(() => UserSummaryModel, { nullable: true })
  author(@Parent() synthesis: Synthesis, @Context() { loaders }: GraphQLContext) {
    return loaders.users.load(synthesis.authorId);
  }

  @ResolveField(() => [ContributionModel], { description: 'Cited contributions the viewer may read (others are absent).' })
  async citations(@Parent() synthesis: Synthesis, @Context() { loaders }: GraphQLContext): Promise<Contribution[]> {
    const cited = await loaders.contributions.loadMany(synthesis.citedContributions);
    return cited.filter((c): c is Contribution => !!c && !(c instanceof Error));
  }
}

@Resolver(() => ResearchQuestionModel)
export class QuestionSynthesesResolver {
  constructor(private readonly syntheses: SynthesesService) {}

  @ResolveField(() => SynthesisModel, { nullable: true, description: 'The latest synthesis the viewer may read.' })
  async synthesis(@Parent() question: ResearchQuestion, @Context() { loaders, req }: GraphQLContext): Promise<Synthesis | null> {
    return this.syntheses.readableVersions(req.actor ?? null, await loaders.synthesesByQuestion.load(question.id)).at(-1) ?? null;
  }

  @ResolveField(() => [SynthesisModel], { description: 'Every synthesis version the viewer may read, oldest first.' })
  async synthesisVersions(@Parent() question: ResearchQuestion, @Context() { loaders, req }: GraphQLContext): Promise<Synthesis[]> {
    return this.syntheses.readableVersions(req.actor ?? null, await loaders.synthesesByQuestion.load(question.id));
  }
}
