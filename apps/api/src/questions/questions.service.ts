import { Injectable } from '@nestjs/common';
import { LIMITS, type QuestionStatus, type SensitivityLevel } from '@hub/domain';
import { OrganisationsRepository } from '../accounts/organisations.repository';
import { UsersRepository } from '../accounts/users.repository';
import { AuditLogService } from '../audit/audit-log.service';
import { Actor, hasRole, leadsAnyOf } from '../auth/actor';
import { readableBy, readerTokens } from '../auth/read-access';
import { Connection, decodeCursor, encodeCursor } from '../common/connection';
import { FieldProblem, HubError } from '../common/hub-error';
import { diffFields } from '../content/revision';
import { heldReadableBy, isWithheld, published, reviewAfterWrite } from '../content/review';
import { GuardedText, PersonalDataGuard } from '../personal-data/personal-data-guard';
import { VocabulariesService } from '../vocabularies/vocabularies.service';
import { AskQuestionInput, ContentAccessInput } from './dto/ask-question.input';
import { UpdateQuestionInput } from './dto/update-question.input';
import { canTransition } from './question-lifecycle';
import { QuestionFields, QuestionsRepository } from './questions.repository';
import { QuestionFilter, QuestionSort, ResearchQuestion } from './questions.types';

/** Leads of one of the question's sectors manage it; platform admins manage everything. */
export function canManageQuestion(actor: Actor | null, question: Pick<ResearchQuestion, 'sectors'>): boolean {
  return leadsAnyOf(actor, question.sectors) || hasRole(actor, 'PLATFORM_ADMIN');
}

/** The free text of a question the personal-data guard reads (only the fields an edit sends). */
function questionTexts(input: Partial<Pick<AskQuestionInput, 'title' | 'body' | 'purpose' | 'source'>>): GuardedText[] {
  return [
    { field: 'input.title', text: input.title },
    { field: 'input.body', text: input.body },
    { field: 'input.purpose', text: input.purpose },
    { field: 'input.source.assessment', text: input.source?.assessment },
    { field: 'input.source.indicator', text: input.source?.indicator },
    { field: 'input.source.url', text: input.source?.url },
  ];
}

/** Who reads a question once it is not (or no longer) held for review: what its labels and status give. */
export function publishedQuestionReadableBy(question: Pick<ResearchQuestion, 'sensitivity' | 'accessSectors' | 'accessOrganisations' | 'accessUsers' | 'authorId' | 'sectors' | 'status'>): string[] {
  return readableBy({
    sensitivity: question.sensitivity,
    sectors: question.accessSectors,
    organisations: question.accessOrganisations,
    users: question.accessUsers,
    authorId: question.authorId,
    questionSectors: question.sectors,
    restrictedToManagers: question.status === 'DRAFT',
  });
}

export type QuestionAccessListener = (question: ResearchQuestion) => Promise<void>;

/** An ask or edit once its label is known (asking without one takes the sectors' default). */
type LabelledQuestionInput = AskQuestionInput & { sensitivity: SensitivityLevel };

const sameTokens = (a: string[], b: string[]) => a.length === b.length && a.every((token) => b.includes(token));

@Injectable()
export class QuestionsService {
  private readonly accessListeners: QuestionAccessListener[] = [];

  constructor(
    private readonly questions: QuestionsRepository,
    private readonly vocabularies: VocabulariesService,
    private readonly users: UsersRepository,
    private readonly organisations: OrganisationsRepository,
    private readonly audit: AuditLogService,
    private readonly guard: PersonalDataGuard,
  ) {}

  /** Contributions register here: their effective access follows the question's. */
  onAccessChanged(listener: QuestionAccessListener): void {
    this.accessListeners.push(listener);
  }

  private async afterWrite(before: ResearchQuestion, after: ResearchQuestion): Promise<ResearchQuestion> {
    if (!sameTokens(before.readableBy, after.readableBy) || before.sensitivity !== after.sensitivity) {
      for (const listener of this.accessListeners) await listener(after);
    }
    return after;
  }

  /** After a moderator's decision changed a question's access (moderation/): contributions and comments follow. */
  reviewDecided(before: ResearchQuestion, after: ResearchQuestion): Promise<ResearchQuestion> {
    return this.afterWrite(before, after);
  }

  /** A question the actor may read, or NOT_FOUND (existence of unreadable content is not revealed). */
  async readable(actor: Actor | null, id: string): Promise<ResearchQuestion> {
    const [question] = await this.questions.findReadableByIds([id], readerTokens(actor));
    if (!question) throw HubError.notFound('The question');
    return question;
  }

  async list(actor: Actor | null, filter: QuestionFilter, sort: QuestionSort, first: number, after: string | null): Promise<Connection<ResearchQuestion>> {
    const size = Math.min(Math.max(first, 1), LIMITS.pageSizeMax);
    const page = await this.questions.list(filter, readerTokens(actor), sort, after ? decodeCursor(after) : null, size);
    const keyOf = (q: ResearchQuestion) => (sort === 'CLOSING_SOON' ? (q.closesAt?.getTime() ?? 0) : q.createdAt.getTime());
    const edges = page.items.map((node) => ({ node, cursor: encodeCursor({ key: keyOf(node), id: node.id }) }));
    return {
      edges,
      totalCount: page.totalCount,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }

  async ask(actor: Actor, input: AskQuestionInput): Promise<ResearchQuestion> {
    if (!leadsAnyOf(actor, input.sectors) && !hasRole(actor, 'PLATFORM_ADMIN')) {
      throw HubError.forbidden('Only a lead of one of the question’s sectors can ask it.');
    }
    const sensitivity = input.sensitivity ?? (await this.vocabularies.defaultSensitivityOf(input.sectors));
    const fields = await this.checkedFields({ ...input, sensitivity }, 'input');
    const heldFor = await this.guard.check(questionTexts(input), input.postDespitePersonalData);
    const status: QuestionStatus = input.publish ? 'OPEN' : 'DRAFT';
    const access = input.access ?? new ContentAccessInput();
    return this.questions.create({
      ...fields,
      status,
      review: heldFor.length ? 'HELD' : null,
      heldFor,
      reviewReason: null,
      authorId: actor.userId,
      organisationId: actor.organisationId,
      organisationType: actor.organisationType,
      readableBy: heldFor.length
        ? heldReadableBy(actor.userId)
        : readableBy({
            sensitivity,
            sectors: access.sectors,
            organisations: access.organisations,
            users: access.users,
            authorId: actor.userId,
            questionSectors: input.sectors,
            restrictedToManagers: status === 'DRAFT',
          }),
    });
  }

  async update(actor: Actor, input: UpdateQuestionInput): Promise<ResearchQuestion> {
    const current = await this.readable(actor, input.id);
    if (!canManageQuestion(actor, current) && current.authorId !== actor.userId) throw HubError.forbidden('Only the author or a lead of its sector can edit this question.');
    if (current.status === 'CLOSED') throw HubError.conflict('A closed question cannot be edited; reopen it first.');
    if (current.archivedAt) throw HubError.conflict('This question was archived when it expired; it can no longer change.');
    const merged: LabelledQuestionInput = {
      title: input.title ?? current.title,
      body: input.body ?? current.body,
      purpose: input.purpose ?? current.purpose,
      source: input.source !== undefined ? input.source : current.source,
      sectors: input.sectors ?? current.sectors,
      places: input.places ?? current.places,
      cohorts: input.cohorts ?? current.cohorts,
      tags: input.tags ?? current.tags,
      opensAt: input.opensAt !== undefined ? input.opensAt : current.opensAt,
      closesAt: input.closesAt !== undefined ? input.closesAt : current.closesAt,
      expiresAt: input.expiresAt !== undefined ? input.expiresAt : current.expiresAt,
      invitedOrganisations: input.invitedOrganisations ?? current.invitedOrganisations,
      invitedSectors: input.invitedSectors ?? current.invitedSectors,
      sensitivity: input.sensitivity ?? current.sensitivity,
      access: input.access ?? { sectors: current.accessSectors, organisations: current.accessOrganisations, users: current.accessUsers },
      publish: false,
      postDespitePersonalData: false,
    };
    // Moving a question to sectors one does not lead would hand it away: only admins may.
    if (!canManageQuestion(actor, { sectors: merged.sectors }) && current.authorId !== actor.userId) throw HubError.forbidden();
    const fields = await this.checkedFields(merged, 'input');
    const heldFor = await this.guard.check(questionTexts(input), !!input.postDespitePersonalData);
    const review = reviewAfterWrite(current.review, heldFor);
    const access = merged.access ?? new ContentAccessInput();
    const next: Partial<QuestionFields> = {
      ...fields,
      ...(review === 'HELD' ? { review, heldFor: [...new Set([...current.heldFor, ...heldFor])] } : {}),
      readableBy: review === 'HELD' ? heldReadableBy(current.authorId) : readableBy({
        sensitivity: merged.sensitivity,
        sectors: access.sectors,
        organisations: access.organisations,
        users: access.users,
        authorId: current.authorId,
        questionSectors: merged.sectors,
        restrictedToManagers: current.status === 'DRAFT',
      }),
    };
    // The history records what people edited, not derived fields (read tokens, place scope).
    const edited: Record<string, unknown> = { ...fields, source: JSON.stringify(fields.source) };
    delete edited['placeScope'];
    const changes = diffFields({ ...current, source: JSON.stringify(current.source) }, edited);
    if (changes.length === 0) return current;
    const updated = await this.questions.update(current.id, input.version, next, { at: new Date(), by: actor.userId, changes });
    if (!updated) throw HubError.conflict('Someone else changed this question since you opened it. Reload and try again.');
    if (updated.sensitivity !== current.sensitivity) await this.audit.record({ actorId: actor.userId, action: 'SENSITIVITY_CHANGED', targetType: 'QUESTION', targetId: current.id, details: { before: current.sensitivity, after: updated.sensitivity } });
    return this.afterWrite(current, updated);
  }

  async transition(actor: Actor, id: string, to: QuestionStatus): Promise<ResearchQuestion> {
    const current = await this.readable(actor, id);
    const publishingOwnDraft = current.status === 'DRAFT' && to === 'OPEN' && current.authorId === actor.userId;
    if (!canManageQuestion(actor, current) && !publishingOwnDraft) throw HubError.forbidden('Only a lead of the question’s sector can do this.');
    if (!canTransition(current.status, to)) {
      throw HubError.conflict(`A question that is ${current.status.toLowerCase()} cannot become ${to.toLowerCase()}.`);
    }
    if (to === 'CLOSED' && !published(await this.questions.synthesesOf([id])).length) {
      throw HubError.conflict('Publish a synthesis before closing the question.');
    }
    const readable =
      current.status === 'DRAFT' && !isWithheld(current.review)
        ? readableBy({
            sensitivity: current.sensitivity,
            sectors: current.accessSectors,
            organisations: current.accessOrganisations,
            users: current.accessUsers,
            authorId: current.authorId,
            questionSectors: current.sectors,
          })
        : current.readableBy;
    const updated = await this.questions.update(
      id,
      current.version,
      { status: to, readableBy: readable },
      { at: new Date(), by: actor.userId, changes: [{ field: 'status', before: current.status, after: to }] },
      current.status,
    );
    if (!updated) throw HubError.conflict('The question changed meanwhile. Reload and try again.');
    return this.afterWrite(current, updated);
  }

  async markDuplicate(actor: Actor, id: string, duplicateOf: string | null): Promise<ResearchQuestion> {
    const current = await this.readable(actor, id);
    if (!canManageQuestion(actor, current)) throw HubError.forbidden();
    if (duplicateOf) {
      if (duplicateOf === id) throw HubError.invalid([{ field: 'duplicateOf', message: 'cannot be the question itself' }]);
      const original = await this.readable(actor, duplicateOf);
      if (original.duplicateOf === id) throw HubError.invalid([{ field: 'duplicateOf', message: 'is already marked as a duplicate of this question' }]);
    }
    const updated = await this.questions.update(id, current.version, { duplicateOf }, {
      at: new Date(),
      by: actor.userId,
      changes: [{ field: 'duplicateOf', before: current.duplicateOf ?? '', after: duplicateOf ?? '' }],
    });
    if (!updated) throw HubError.conflict('The question changed meanwhile. Reload and try again.');
    return updated;
  }

  async link(actor: Actor, id: string, relatedId: string, linked: boolean): Promise<ResearchQuestion> {
    const current = await this.readable(actor, id);
    if (!canManageQuestion(actor, current) && current.authorId !== actor.userId) throw HubError.forbidden();
    if (relatedId === id) throw HubError.invalid([{ field: 'relatedId', message: 'cannot be the question itself' }]);
    await this.readable(actor, relatedId);
    const related = linked ? [...new Set([...current.related, relatedId])] : current.related.filter((r) => r !== relatedId);
    if (related.length > LIMITS.listItemsMax) throw HubError.invalid([{ field: 'relatedId', message: `a question links to at most ${LIMITS.listItemsMax} others` }]);
    const updated = await this.questions.update(id, current.version, { related }, null);
    if (!updated) throw HubError.conflict('The question changed meanwhile. Reload and try again.');
    return updated;
  }

  /** Records contributions under their question (the question's derived `contributionIds`). */
  listContributions(questionId: string, contributionIds: string[]): Promise<void> {
    return this.questions.addContributions(questionId, contributionIds);
  }

  /** Related questions in both directions, only those the actor may read. */
  async related(actor: Actor | null, question: ResearchQuestion): Promise<ResearchQuestion[]> {
    const tokens = readerTokens(actor);
    const [outgoing, incoming] = await Promise.all([this.questions.findReadableByIds(question.related, tokens), this.questions.linkingTo(question, tokens)]);
    const byId = new Map([...outgoing, ...incoming].map((q) => [q.id, q]));
    byId.delete(question.id);
    return [...byId.values()];
  }

  private async checkedFields(input: LabelledQuestionInput, prefix: string) {
    const problems: FieldProblem[] = [];
    const collect = async (check: () => Promise<unknown>) => {
      try {
        await check();
      } catch (error) {
        if (error instanceof HubError && error.details.fields) problems.push(...error.details.fields);
        else throw error;
      }
    };
    await collect(() => this.vocabularies.assertSectorCodes(input.sectors, `${prefix}.sectors`));
    await collect(() => this.vocabularies.assertSectorCodes(input.invitedSectors, `${prefix}.invitedSectors`));
    await collect(() => this.vocabularies.assertPlaceCodes(input.places, `${prefix}.places`));
    await collect(() => this.vocabularies.assertCohortCodes(input.cohorts, `${prefix}.cohorts`));
    const access = input.access ?? new ContentAccessInput();
    if (input.sensitivity === 'CONFIDENTIAL' && access.sectors.length + access.organisations.length === 0) {
      problems.push({ field: `${prefix}.access`, message: 'Confidential content must name the sectors or organisations that may read it' });
    }
    if (input.sensitivity === 'STRICTLY_CONFIDENTIAL' && access.users.length === 0) {
      problems.push({ field: `${prefix}.access.users`, message: 'Strictly confidential content must name the people who may read it' });
    }
    await collect(() => this.vocabularies.assertSectorCodes(access.sectors, `${prefix}.access.sectors`));
    const orgIds = [...new Set([...access.organisations, ...input.invitedOrganisations])];
    const [orgs, users] = await Promise.all([this.organisations.findByIds(orgIds), this.users.findByIds(access.users)]);
    const missingOrgs = orgIds.filter((id) => !orgs.some((o) => o.id === id));
    if (missingOrgs.length) problems.push({ field: `${prefix}.access.organisations`, message: `unknown organisations: ${missingOrgs.join(', ')}` });
    const missingUsers = access.users.filter((id) => !users.some((u) => u.id === id && u.status === 'ACTIVE'));
    if (missingUsers.length) problems.push({ field: `${prefix}.access.users`, message: `unknown people: ${missingUsers.join(', ')}` });
    if (input.opensAt && input.closesAt && input.closesAt <= input.opensAt) {
      problems.push({ field: `${prefix}.closesAt`, message: 'must be after the opening date' });
    }
    if (problems.length) throw HubError.invalid(problems);
    const [placeScope, tags] = await Promise.all([this.vocabularies.placeScope(input.places), this.vocabularies.normaliseTags(input.tags)]);
    return {
      title: input.title.trim(),
      body: input.body,
      purpose: input.purpose.trim(),
      source: {
        assessment: input.source?.assessment ?? null,
        year: input.source?.year ?? null,
        indicator: input.source?.indicator ?? null,
        url: input.source?.url ?? null,
      },
      sectors: [...new Set(input.sectors)],
      places: [...new Set(input.places)],
      placeScope,
      cohorts: [...new Set(input.cohorts)],
      tags,
      opensAt: input.opensAt ?? null,
      closesAt: input.closesAt ?? null,
      expiresAt: input.expiresAt ?? null,
      invitedOrganisations: [...new Set(input.invitedOrganisations)],
      invitedSectors: [...new Set(input.invitedSectors)],
      sensitivity: input.sensitivity,
      accessSectors: input.sensitivity === 'CONFIDENTIAL' ? [...new Set(access.sectors)] : [],
      accessOrganisations: input.sensitivity === 'CONFIDENTIAL' ? [...new Set(access.organisations)] : [],
      accessUsers: input.sensitivity === 'STRICTLY_CONFIDENTIAL' ? [...new Set(access.users)] : [],
    };
  }
}
