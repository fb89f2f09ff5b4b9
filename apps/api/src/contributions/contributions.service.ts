import { Injectable, OnModuleInit } from '@nestjs/common';
import { EVIDENCE_FROM_PEOPLE, mostRestricted } from '@hub/domain';
import { UsersRepository } from '../accounts/users.repository';
import { AuditLogService } from '../audit/audit-log.service';
import { Actor, hasRole, isModerator, leadsAnyOf } from '../auth/actor';
import { canRead, readerTokens } from '../auth/read-access';
import { FieldProblem, HubError } from '../common/hub-error';
import { diffFields } from '../content/revision';
import { heldReadableBy, isWithheld, reviewAfterWrite } from '../content/review';
import { PersonalDataGuard } from '../personal-data/personal-data-guard';
import { QuestionsService } from '../questions/questions.service';
import { ResearchQuestion } from '../questions/questions.types';
import { VocabulariesService } from '../vocabularies/vocabularies.service';
import { contributionReadableBy } from './contribution-access';
import { ContributionsRepository } from './contributions.repository';
import { Contribution } from './contributions.types';
import { ContributeInput, UpdateContributionInput } from './dto/contribute.input';

/** Analysts read; everyone else with an account may contribute. */
const CONTRIBUTING_ROLES = ['CONTRIBUTOR', 'SECTOR_LEAD', 'ORGANISATION_ADMIN', 'MODERATOR', 'PLATFORM_ADMIN'] as const;

/** Who sees the real author of an anonymous contribution: its author, moderators, the question's leads. */
export function canSeeRealAuthor(actor: Actor | null, contribution: Contribution, question: Pick<ResearchQuestion, 'sectors'>): boolean {
  if (!contribution.anonymous) return true;
  return !!actor && (actor.userId === contribution.authorId || isModerator(actor) || leadsAnyOf(actor, question.sectors));
}

@Injectable()
export class ContributionsService implements OnModuleInit {
  constructor(
    private readonly contributions: ContributionsRepository,
    private readonly questions: QuestionsService,
    private readonly vocabularies: VocabulariesService,
    private readonly users: UsersRepository,
    private readonly audit: AuditLogService,
    private readonly guard: PersonalDataGuard,
  ) {}

  onModuleInit(): void {
    this.questions.onAccessChanged((question) => this.propagateQuestionAccess(question));
  }

  async readable(actor: Actor | null, id: string): Promise<Contribution> {
    const [contribution] = await this.contributions.findReadableByIds([id], readerTokens(actor));
    if (!contribution) throw HubError.notFound('The contribution');
    return contribution;
  }

  async contribute(actor: Actor, input: ContributeInput): Promise<Contribution> {
    if (!hasRole(actor, ...CONTRIBUTING_ROLES)) throw HubError.forbidden('Analysts can read and search, but not contribute.');
    const question = await this.questions.readable(actor, input.questionId);
    if (question.status !== 'OPEN') throw HubError.conflict('This question is not open for contributions.');
    if (isWithheld(question.review)) throw HubError.conflict('This question is waiting for a moderator’s review; contributions can come once it is approved.');
    const problems: FieldProblem[] = [];
    if (EVIDENCE_FROM_PEOPLE.includes(input.evidenceType) && !input.gatheringBasis) {
      problems.push({ field: 'input.gatheringBasis', message: 'say how knowledge from people was gathered (consent, anonymised or aggregated, public source)' });
    }
    if (input.periodFrom && input.periodTo && input.periodTo < input.periodFrom) problems.push({ field: 'input.periodTo', message: 'must not be before the start of the period' });
    const access = { sectors: input.access?.sectors ?? [], organisations: input.access?.organisations ?? [], users: input.access?.users ?? [] };
    problems.push(...(await this.accessProblems(question, input.sensitivity, access)));
    for (const [check, codes, field] of [
      [this.vocabularies.assertPlaceCodes.bind(this.vocabularies), input.places, 'input.places'],
      [this.vocabularies.assertCohortCodes.bind(this.vocabularies), input.cohorts, 'input.cohorts'],
      [this.vocabularies.assertSectorCodes.bind(this.vocabularies), access.sectors, 'input.access.sectors'],
    ] as const) {
      try {
        await check(codes, field);
      } catch (error) {
        if (error instanceof HubError && error.details.fields) problems.push(...error.details.fields);
        else throw error;
      }
    }
    if (problems.length) throw HubError.invalid(problems);
    const heldFor = await this.guard.check([{ field: 'input.body', text: input.body }], input.postDespitePersonalData);
    const [placeScope, tags, governorate] = await Promise.all([
      this.vocabularies.placeScope(input.places),
      this.vocabularies.normaliseTags(input.tags),
      this.vocabularies.governorateOf(input.places),
    ]);
    const created = await this.contributions.create({
      questionId: question.id,
      body: input.body,
      places: [...new Set(input.places)],
      placeScope,
      cohorts: [...new Set(input.cohorts)],
      periodFrom: input.periodFrom ?? null,
      periodTo: input.periodTo ?? null,
      evidenceType: input.evidenceType,
      confidence: input.confidence,
      gatheringBasis: input.gatheringBasis ?? null,
      expiresAt: input.expiresAt ?? null,
      tags,
      language: input.language,
      sensitivity: mostRestricted(question.sensitivity, input.sensitivity),
      accessSectors: access.sectors,
      accessOrganisations: access.organisations,
      accessUsers: access.users,
      readableBy: heldFor.length
        ? heldReadableBy(actor.userId)
        : contributionReadableBy(question, { sensitivity: input.sensitivity, ...access, authorId: actor.userId }),
      review: heldFor.length ? 'HELD' : null,
      heldFor,
      reviewReason: null,
      anonymous: input.anonymous,
      governorate,
      authorId: actor.userId,
      organisationId: actor.organisationId,
      organisationType: actor.organisationType,
    });
    // Listed on its question right away, so the author sees it on reload (the worker heals a crash in between).
    await this.questions.listContributions(question.id, [created.id]);
    return created;
  }

  async update(actor: Actor, input: UpdateContributionInput): Promise<Contribution> {
    const current = await this.readable(actor, input.id);
    if (current.authorId !== actor.userId && !isModerator(actor)) throw HubError.forbidden('Only the author can edit a contribution.');
    if (current.archivedAt) throw HubError.conflict('This contribution was archived when it expired; it can no longer change.');
    const question = await this.questions.readable(actor, current.questionId);
    if (question.status === 'CLOSED') throw HubError.conflict('The question is closed; its contributions can no longer change.');
    const sensitivity = input.sensitivity ?? current.sensitivity;
    const access = { sectors: current.accessSectors, organisations: current.accessOrganisations, users: current.accessUsers };
    const problems = await this.accessProblems(question, sensitivity, access);
    if (problems.length) throw HubError.invalid(problems);
    const heldFor = await this.guard.check([{ field: 'input.body', text: input.body }], input.postDespitePersonalData);
    const review = reviewAfterWrite(current.review, heldFor);
    const next = {
      body: input.body ?? current.body,
      confidence: input.confidence ?? current.confidence,
      tags: input.tags ? await this.vocabularies.normaliseTags(input.tags) : current.tags,
      sensitivity: mostRestricted(question.sensitivity, sensitivity),
      anonymous: input.anonymous ?? current.anonymous,
    };
    const changes = diffFields(current as unknown as Record<string, unknown>, next);
    if (!changes.length) return current;
    const updated = await this.contributions.update(
      current.id,
      input.version,
      review === 'HELD'
        ? { ...next, readableBy: heldReadableBy(current.authorId), review, heldFor: [...new Set([...current.heldFor, ...heldFor])] }
        : { ...next, readableBy: contributionReadableBy(question, { sensitivity, ...access, authorId: current.authorId }) },
      { at: new Date(), by: actor.userId, changes },
    );
    if (!updated) throw HubError.conflict('Someone else changed this contribution since you opened it. Reload and try again.');
    if (updated.sensitivity !== current.sensitivity) await this.audit.record({ actorId: actor.userId, action: 'SENSITIVITY_CHANGED', targetType: 'CONTRIBUTION', targetId: current.id, details: { before: current.sensitivity, after: updated.sensitivity } });
    return updated;
  }

  async markHelpful(actor: Actor, id: string, helpful: boolean): Promise<Contribution> {
    if (!hasRole(actor, ...CONTRIBUTING_ROLES)) throw HubError.forbidden('Analysts can read and search, but not vote.');
    const contribution = await this.readable(actor, id);
    if (contribution.authorId === actor.userId) throw HubError.forbidden('You cannot vote for your own contribution.');
    if (helpful) await this.contributions.addHelpful(id, actor.userId);
    else await this.contributions.removeHelpful(id, actor.userId);
    return this.readable(actor, id);
  }

  /** Re-derives the effective access of every contribution of a question whose access changed. */
  async propagateQuestionAccess(question: ResearchQuestion): Promise<void> {
    const contributions = await this.contributions.ofQuestion(question);
    await this.contributions.setReadableBy(
      contributions.filter((c) => c.review !== 'HELD' && c.review !== 'REJECTED' && !c.archivedAt).map((c) => ({
        id: c.id,
        readableBy: contributionReadableBy(question, {
          sensitivity: c.sensitivity,
          sectors: c.accessSectors,
          organisations: c.accessOrganisations,
          users: c.accessUsers,
          authorId: c.authorId,
        }),
      })),
    );
  }

  /** Named readers must be able to read the question too, or they would see an orphan. */
  private async accessProblems(
    question: ResearchQuestion,
    sensitivity: ContributeInput['sensitivity'],
    access: { sectors: string[]; organisations: string[]; users: string[] },
  ): Promise<FieldProblem[]> {
    const problems: FieldProblem[] = [];
    if (sensitivity === 'STRICTLY_CONFIDENTIAL' && question.sensitivity !== 'STRICTLY_CONFIDENTIAL') {
      if (!access.users.length) problems.push({ field: 'input.access.users', message: 'Strictly confidential content must name the people who may read it' });
      const users = await this.users.findByIds(access.users);
      for (const id of access.users) {
        const user = users.find((u) => u.id === id && u.status === 'ACTIVE');
        const reader = user && { userId: user.id, sessionId: '', organisationId: user.organisationId, organisationType: user.organisationType, roles: user.roles, leadSectors: user.leadSectors, sectors: user.sectors };
        if (!reader || !canRead(reader, question.readableBy)) problems.push({ field: 'input.access.users', message: `${id} cannot read the question` });
      }
    }
    if (sensitivity === 'CONFIDENTIAL' && question.sensitivity !== 'CONFIDENTIAL' && question.sensitivity !== 'STRICTLY_CONFIDENTIAL') {
      if (access.sectors.length + access.organisations.length === 0) problems.push({ field: 'input.access', message: 'Confidential content must name the sectors or organisations that may read it' });
    }
    return problems;
  }
}
