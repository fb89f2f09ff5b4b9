import { Injectable } from '@nestjs/common';
import { LIMITS } from '@hub/domain';
import { AuditLogService } from '../audit/audit-log.service';
import { Actor, isModerator } from '../auth/actor';
import { MODERATORS_TOKEN, readableBy } from '../auth/read-access';
import { CommentsRepository } from '../comments/comments.repository';
import { Connection, decodeCursor, encodeCursor } from '../common/connection';
import { HubError, PersonalDataHint } from '../common/hub-error';
import { contributionReadableBy } from '../contributions/contribution-access';
import { ContributionsRepository } from '../contributions/contributions.repository';
import { PersonalDataGuard } from '../personal-data/personal-data-guard';
import { QuestionsRepository } from '../questions/questions.repository';
import { publishedQuestionReadableBy, QuestionsService } from '../questions/questions.service';
import { Decision, HeldItem, ReviewItemKind, ReviewRepository } from './review.repository';

export interface ReviewItem extends HeldItem {
  /** Stable across pages: `<kind>:<id>` (and `:<version>` for a synthesis). */
  id: string;
  findings: PersonalDataHint[];
}

export interface ReviewCommand {
  kind: ReviewItemKind;
  id: string;
  synthesisVersion: number | null;
  approve: boolean;
  reason: string | null;
}

const itemId = (item: Pick<HeldItem, 'kind' | 'targetId' | 'synthesisVersion'>) =>
  `${item.kind.toLowerCase()}:${item.targetId}${item.synthesisVersion !== null ? `:${item.synthesisVersion}` : ''}`;

/** A queue cursor holds the item's time and id (`<ms>|<kind>:<id>`) as its key. */
function positionOf(cursor: string): { at: number; id: string } {
  const { key } = decodeCursor(cursor);
  const [at, id] = String(key).split('|');
  if (!id || !/^\d+$/.test(at)) throw HubError.invalid([{ field: 'after', message: 'is not a valid cursor' }]);
  return { at: Number(at), id };
}

/**
 * The moderators' review queue for content posted despite a personal-data warning: questions,
 * contributions, comments and synthesis versions. Approving publishes an item with the access its
 * labels give; rejecting keeps it visible to its author and moderators only. Decisions are audited.
 */
@Injectable()
export class ModerationService {
  constructor(
    private readonly review: ReviewRepository,
    private readonly questions: QuestionsRepository,
    private readonly questionsService: QuestionsService,
    private readonly contributions: ContributionsRepository,
    private readonly comments: CommentsRepository,
    private readonly guard: PersonalDataGuard,
    private readonly audit: AuditLogService,
  ) {}

  /** Held items, oldest first, with their findings recomputed (findings are never stored: they are the data). */
  async queue(actor: Actor, first: number, after: string | null): Promise<Connection<ReviewItem>> {
    if (!isModerator(actor)) throw HubError.forbidden();
    const size = Math.min(Math.max(first, 1), LIMITS.pageSizeMax);
    const position = after ? positionOf(after) : null;
    const all = await this.review.held();
    // After the cursor's item in (time, id) order, even when that item was decided meanwhile.
    const start = position ? all.findIndex((item) => item.createdAt.getTime() > position.at || (item.createdAt.getTime() === position.at && itemId(item) > position.id)) : 0;
    const pageItems = start < 0 ? [] : all.slice(start, start + size);
    const edges = await Promise.all(
      pageItems.map(async (item) => {
        const findings = await this.guard.findings(item.texts);
        const node: ReviewItem = { ...item, id: itemId(item), findings };
        return { node, cursor: encodeCursor({ key: `${item.createdAt.getTime()}|${node.id}`, id: item.targetId }) };
      }),
    );
    return { edges, totalCount: all.length, pageInfo: { hasNextPage: start >= 0 && start + size < all.length, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  async decide(actor: Actor, command: ReviewCommand): Promise<ReviewItem> {
    if (!isModerator(actor)) throw HubError.forbidden();
    const reason = command.reason?.trim() || null;
    if (!command.approve && !reason) throw HubError.invalid([{ field: 'input.reason', message: 'say why it is rejected (the author reads it)' }]);
    const decision: Decision = { review: command.approve ? 'APPROVED' : 'REJECTED', reason };
    const held = (await this.review.held()).find((item) => item.kind === command.kind && item.targetId === command.id && (command.kind !== 'SYNTHESIS' || item.synthesisVersion === command.synthesisVersion));
    if (!held) throw HubError.notFound('An item waiting for review');
    const decided = await this.apply(held, decision);
    if (!decided) throw HubError.conflict('Another moderator decided first.');
    await this.audit.record({
      actorId: actor.userId,
      action: 'MODERATION_DECISION',
      targetType: held.kind,
      targetId: held.targetId,
      details: {
        decision: decision.review,
        heldFor: held.heldFor,
        ...(held.synthesisVersion !== null ? { synthesisVersion: held.synthesisVersion } : {}),
        // The reason explains the decision; any identifier a moderator quotes in it is redacted.
        reason: reason ? await this.guard.redact(reason) : null,
      },
    });
    return { ...held, id: itemId(held), review: decision.review, findings: [] };
  }

  private async apply(held: HeldItem, decision: Decision): Promise<boolean> {
    const approve = decision.review === 'APPROVED';
    switch (held.kind) {
      case 'QUESTION': {
        const before = await this.questions.findById(held.targetId);
        if (!before) return false;
        const done = await this.review.decideQuestion(held.targetId, decision, async (current) =>
          approve && !before.archivedAt ? publishedQuestionReadableBy(before) : current.readableBy,
        );
        const after = done ? await this.questions.findById(held.targetId) : null;
        // Its contributions and comments follow the question's new access.
        if (after) await this.questionsService.reviewDecided(before, after);
        return done;
      }
      case 'CONTRIBUTION': {
        const [contribution] = await this.contributions.findReadableByIds([held.targetId], [MODERATORS_TOKEN]);
        const question = contribution && (await this.questions.findById(contribution.questionId));
        if (!contribution || !question) return false;
        const access =
          approve && !contribution.archivedAt
            ? contributionReadableBy(question, {
                sensitivity: contribution.sensitivity,
                sectors: contribution.accessSectors,
                organisations: contribution.accessOrganisations,
                users: contribution.accessUsers,
                authorId: contribution.authorId,
              })
            : contribution.readableBy;
        const done = await this.review.decideContribution(held.targetId, decision, access);
        // Comments on it follow its access (held comments keep theirs).
        if (done) await this.comments.setReadableByForTarget({ targetId: held.targetId, questionId: contribution.questionId }, access);
        return done;
      }
      case 'COMMENT': {
        const comment = await this.review.commentTarget(held.targetId);
        if (!comment) return false;
        let access = comment.readableBy;
        if (approve) {
          const target =
            comment.targetType === 'QUESTION'
              ? await this.questions.findById(comment.targetId)
              : (await this.contributions.findReadableByIds([comment.targetId], [MODERATORS_TOKEN]))[0];
          if (!target) return false;
          access = target.readableBy;
        }
        return this.review.decideComment(held.targetId, decision, access);
      }
      case 'SYNTHESIS': {
        const question = await this.questions.findById(held.targetId);
        if (!question || held.synthesisVersion === null) return false;
        return this.review.decideSynthesis(held.targetId, held.synthesisVersion, decision, (synthesis) => {
          if (!approve) return synthesis.readableBy;
          // As when it was published: the question's readers, or managers only for a stricter label.
          return synthesis.sensitivity === question.sensitivity
            ? question.readableBy
            : readableBy({ sensitivity: synthesis.sensitivity, sectors: [], organisations: [], users: [], authorId: synthesis.authorId.toHexString(), questionSectors: question.sectors, restrictedToManagers: true });
        });
      }
    }
  }
}
