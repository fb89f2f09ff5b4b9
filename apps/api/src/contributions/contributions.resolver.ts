import { Args, Context, GraphQLISODateTime, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { LIMITS } from '@hub/domain';
import { AuditLogService } from '../audit/audit-log.service';
import { CurrentActor, Members, Public } from '../auth/access.decorator';
import { Actor } from '../auth/actor';
import { decodeCursor, encodeCursor } from '../common/connection';
import { renderMarkdown } from '../common/markdown';
import { RevisionModel } from '../content/revision.model';
import type { GraphQLContext } from '../loaders/request-loaders';
import { ResearchQuestionModel } from '../questions/question.model';
import type { ResearchQuestion } from '../questions/questions.types';
import { ContributionAuthorModel, ContributionConnection, ContributionModel } from './contribution.model';
import { ContributionsRepository } from './contributions.repository';
import { canSeeRealAuthor, ContributionsService } from './contributions.service';
import type { Contribution } from './contributions.types';
import { PersonalDataGuard } from '../personal-data/personal-data-guard';
import { ContributeInput, UpdateContributionInput } from './dto/contribute.input';

@Resolver(() => ContributionModel)
export class ContributionsResolver {
  constructor(
    private readonly contributions: ContributionsService,
    private readonly repository: ContributionsRepository,
    private readonly audit: AuditLogService,
    private readonly guard: PersonalDataGuard,
  ) {}

  @Public()
  @Query(() => ContributionModel, { description: 'One contribution; NOT_FOUND when it does not exist or the viewer may not read it.' })
  async contribution(@CurrentActor() actor: Actor | null, @Args('id', { type: () => ID }) id: string): Promise<Contribution> {
    const contribution = await this.contributions.readable(actor, id);
    await this.audit.recordReads(actor, 'CONTRIBUTION', [contribution]);
    return contribution;
  }

  @Members()
  @Mutation(() => ContributionModel, { description: 'Answers an open question with tagged field knowledge.' })
  contribute(@CurrentActor() actor: Actor, @Args('input') input: ContributeInput): Promise<Contribution> {
    return this.contributions.contribute(actor, input);
  }

  @Members()
  @Mutation(() => ContributionModel, { description: 'Edits one’s contribution; the change is kept in its history.' })
  updateContribution(@CurrentActor() actor: Actor, @Args('input') input: UpdateContributionInput): Promise<Contribution> {
    return this.contributions.update(actor, input);
  }

  @Members()
  @Mutation(() => ContributionModel, { description: 'Marks a contribution helpful (one vote per person, not one’s own), or takes the vote back.' })
  markHelpful(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('helpful', { defaultValue: true }) helpful: boolean,
  ): Promise<Contribution> {
    return this.contributions.markHelpful(actor, id, helpful);
  }

  @ResolveField(() => String)
  bodyHtml(@Parent() contribution: Contribution): string {
    return renderMarkdown(contribution.body);
  }

  @ResolveField(() => ContributionAuthorModel)
  async author(@Parent() contribution: Contribution, @Context() { loaders, req }: GraphQLContext): Promise<ContributionAuthorModel> {
    const question = await loaders.questions.load(contribution.questionId);
    const visible = canSeeRealAuthor(req.actor ?? null, contribution, question ?? { sectors: [] });
    return {
      anonymous: contribution.anonymous,
      user: visible ? await loaders.users.load(contribution.authorId) : null,
      organisationType: contribution.organisationType,
      governorate: contribution.governorate,
    };
  }

  @ResolveField(() => ResearchQuestionModel, { nullable: true })
  question(@Parent() contribution: Contribution, @Context() { loaders }: GraphQLContext) {
    return loaders.questions.load(contribution.questionId);
  }

  @ResolveField(() => Boolean)
  viewerFoundHelpful(@Parent() contribution: Contribution, @Context() { req }: GraphQLContext): boolean {
    return !!req.actor && contribution.helpfulBy.includes(req.actor.userId);
  }

  @ResolveField(() => [RevisionModel])
  async revisions(@Parent() contribution: Contribution, @Context() { loaders, req }: GraphQLContext) {
    const question = await loaders.questions.load(contribution.questionId);
    // The history names who edited: hidden with the author when the contribution is anonymous.
    if (!canSeeRealAuthor(req.actor ?? null, contribution, question ?? { sectors: [] })) return [];
    const revisions = await this.guard.historyFor(req.actor ?? null, await this.repository.revisions(contribution.id));
    return Promise.all(revisions.map(async (r) => ({ ...r, by: await loaders.users.load(r.by) })));
  }
}

/** The contributions of a question, resolved by the module that owns them. */
@Resolver(() => ResearchQuestionModel)
export class QuestionContributionsResolver {
  constructor(private readonly audit: AuditLogService) {}

  @ResolveField(() => ContributionConnection, { description: 'Readable contributions, oldest first.' })
  async contributions(
    @Parent() question: ResearchQuestion,
    @Context() { loaders, req }: GraphQLContext,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ) {
    const size = Math.min(Math.max(first, 1), LIMITS.pageSizeMax);
    const all = await loaders.contributionsByQuestion.load(question);
    const start = after ? all.findIndex((c) => c.id === decodeCursor(after).id) + 1 : 0;
    const page = all.slice(start, start + size);
    await this.audit.recordReads(req.actor ?? null, 'CONTRIBUTION', page);
    const edges = page.map((node) => ({ node, cursor: encodeCursor({ key: node.createdAt.getTime(), id: node.id }) }));
    return { edges, totalCount: all.length, pageInfo: { hasNextPage: start + size < all.length, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  @ResolveField(() => Int, { description: 'How many contributions the viewer may read.' })
  async contributionCount(@Parent() question: ResearchQuestion, @Context() { loaders }: GraphQLContext): Promise<number> {
    return (await loaders.contributionsByQuestion.load(question)).length;
  }

  @ResolveField(() => GraphQLISODateTime, { nullable: true })
  async firstContributionAt(@Parent() question: ResearchQuestion, @Context() { loaders }: GraphQLContext): Promise<Date | null> {
    return (await loaders.contributionsByQuestion.load(question))[0]?.createdAt ?? null;
  }
}
