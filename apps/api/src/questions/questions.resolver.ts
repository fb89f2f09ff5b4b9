import { Args, Context, ID, Info, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { QUESTION_STATUSES, type QuestionStatus } from '@hub/domain';
import { OrganisationModel, UserSummaryModel } from '../accounts/accounts.models';
import { AuditLogService } from '../audit/audit-log.service';
import { CurrentActor, Members, Public } from '../auth/access.decorator';
import { Actor } from '../auth/actor';
import { HubError } from '../common/hub-error';
import { renderMarkdown } from '../common/markdown';
import { QuestionStatusEnum } from '../content/content.enums';
import { RevisionModel } from '../content/revision.model';
import type { GraphQLContext } from '../loaders/request-loaders';
import { selectsField } from '../common/selection';
import { AskQuestionInput } from './dto/ask-question.input';
import { QuestionFilterInput, QuestionSortEnum } from './dto/question-filter.input';
import { UpdateQuestionInput } from './dto/update-question.input';
import { QuestionPermissionsModel, ResearchQuestionConnection, ResearchQuestionModel } from './question.model';
import { PersonalDataGuard } from '../personal-data/personal-data-guard';
import { canManageQuestion, QuestionsService } from './questions.service';
import type { QuestionSort, ResearchQuestion } from './questions.types';

@Resolver(() => ResearchQuestionModel)
export class QuestionsResolver {
  constructor(
    private readonly service: QuestionsService,
    private readonly audit: AuditLogService,
    private readonly guard: PersonalDataGuard,
  ) {}

  @Public()
  @Query(() => ResearchQuestionConnection, { description: 'Research questions the viewer may read, filtered and sorted.' })
  questions(
    @CurrentActor() actor: Actor | null,
    @Args('filter', { type: () => QuestionFilterInput, nullable: true }) filter: QuestionFilterInput | null,
    @Args('sort', { type: () => QuestionSortEnum, defaultValue: 'NEWEST' }) sort: QuestionSort,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ) {
    return this.service.list(actor, filter ?? {}, sort, first, after);
  }

  @Public()
  @Query(() => ResearchQuestionModel, { description: 'One question; NOT_FOUND when it does not exist or the viewer may not read it.' })
  async question(
    @CurrentActor() actor: Actor | null,
    @Args('id', { type: () => ID }) id: string,
    @Context() { loaders }: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ResearchQuestion> {
    // The comment thread and the viewer's follow are keyed by the question's id: when the page asks
    // for them, read them beside the question rather than after it (one database wave less).
    const ignore = () => undefined;
    if (selectsField(info, 'comments')) loaders.commentsByTarget.load({ targetId: id, questionId: id }).catch(ignore);
    if (selectsField(info, 'viewerFollows')) loaders.followedQuestions.load(id).catch(ignore);
    const question = await loaders.questionWithSyntheses(id, { withRevisions: selectsField(info, 'revisions') });
    if (!question) throw HubError.notFound('The question');
    await this.audit.recordReads(actor, 'QUESTION', [question]);
    return question;
  }

  @Members()
  @Mutation(() => ResearchQuestionModel, { description: 'A sector lead asks a research question (a draft unless `publish`).' })
  askQuestion(@CurrentActor() actor: Actor, @Args('input') input: AskQuestionInput): Promise<ResearchQuestion> {
    return this.service.ask(actor, input);
  }

  @Members()
  @Mutation(() => ResearchQuestionModel, { description: 'Edits a question; the change is kept in its revision history.' })
  updateQuestion(@CurrentActor() actor: Actor, @Args('input') input: UpdateQuestionInput): Promise<ResearchQuestion> {
    return this.service.update(actor, input);
  }

  @Members()
  @Mutation(() => ResearchQuestionModel, { description: 'Moves a question along draft → open → synthesising → closed (or back: reopen).' })
  changeQuestionStatus(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('status', { type: () => QuestionStatusEnum }) status: QuestionStatus,
  ): Promise<ResearchQuestion> {
    if (!QUESTION_STATUSES.includes(status)) throw HubError.invalid([{ field: 'status', message: 'is not a status' }]);
    return this.service.transition(actor, id, status);
  }

  @Members()
  @Mutation(() => ResearchQuestionModel, { description: 'Marks the question as a duplicate of another (null clears it).' })
  markDuplicate(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('duplicateOf', { type: () => ID, nullable: true }) duplicateOf: string | null,
  ): Promise<ResearchQuestion> {
    return this.service.markDuplicate(actor, id, duplicateOf);
  }

  @Members()
  @Mutation(() => ResearchQuestionModel, { description: 'Links (or unlinks) a related question.' })
  linkQuestions(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('relatedId', { type: () => ID }) relatedId: string,
    @Args('linked', { defaultValue: true }) linked: boolean,
  ): Promise<ResearchQuestion> {
    return this.service.link(actor, id, relatedId, linked);
  }

  @ResolveField(() => String, { description: 'The body as sanitised HTML.' })
  bodyHtml(@Parent() question: ResearchQuestion): string {
    return renderMarkdown(question.body);
  }

  @ResolveField(() => UserSummaryModel, { nullable: true })
  async author(@Parent() question: ResearchQuestion, @Context() { loaders }: GraphQLContext): Promise<UserSummaryModel | null> {
    return loaders.users.load(question.authorId);
  }

  @ResolveField(() => OrganisationModel, { nullable: true })
  organisation(@Parent() question: ResearchQuestion, @Context() { loaders }: GraphQLContext) {
    return loaders.organisations.load(question.organisationId);
  }

  @ResolveField(() => [OrganisationModel])
  async invitedOrganisations(@Parent() question: ResearchQuestion, @Context() { loaders }: GraphQLContext) {
    const organisations = await loaders.organisations.loadMany(question.invitedOrganisations);
    return organisations.filter((o): o is NonNullable<typeof o> => !!o && !(o instanceof Error));
  }

  @ResolveField(() => ResearchQuestionModel, { nullable: true, description: 'The question this one duplicates (when the viewer may read it).' })
  duplicateOf(@Parent() question: ResearchQuestion, @Context() { loaders }: GraphQLContext) {
    return question.duplicateOf ? loaders.questions.load(question.duplicateOf) : null;
  }

  @ResolveField(() => [ResearchQuestionModel], { description: 'Related questions the viewer may read.' })
  related(@Parent() question: ResearchQuestion, @CurrentActor() actor: Actor | null) {
    return this.service.related(actor, question);
  }

  @ResolveField(() => [RevisionModel])
  async revisions(@Parent() question: ResearchQuestion, @Context() { loaders, req }: GraphQLContext) {
    const revisions = await this.guard.historyFor(req.actor ?? null, await loaders.revisionsByQuestion.load(question.id));
    return Promise.all(revisions.map(async (r) => ({ ...r, by: await loaders.users.load(r.by) })));
  }

  @ResolveField(() => QuestionPermissionsModel)
  viewerCan(@Parent() question: ResearchQuestion, @Context() { req }: GraphQLContext): QuestionPermissionsModel {
    const actor = req.actor ?? null;
    const manage = canManageQuestion(actor, question);
    const member = !!actor;
    const contributes = member && actor.roles.some((role) => role !== 'ANALYST');
    return {
      manage,
      edit: question.status !== 'CLOSED' && (manage || actor?.userId === question.authorId),
      contribute: question.status === 'OPEN' && contributes,
      comment: contributes,
    };
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer follows this question.' })
  viewerFollows(@Parent() question: ResearchQuestion, @Context() { loaders }: GraphQLContext): Promise<boolean> {
    return loaders.followedQuestions.load(question.id);
  }
}
