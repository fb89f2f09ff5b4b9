import { Injectable } from '@nestjs/common';
import { LIMITS } from '@hub/domain';
import { AuditLogService } from '../audit/audit-log.service';
import { Actor, isModerator } from '../auth/actor';
import { MODERATORS_TOKEN } from '../auth/read-access';
import { HubError } from '../common/hub-error';
import { contributionReadableBy } from '../contributions/contribution-access';
import { ContributionsRepository } from '../contributions/contributions.repository';
import { heldReadableBy } from '../contributions/contributions.service';
import { Contribution } from '../contributions/contributions.types';
import { QuestionsRepository } from '../questions/questions.repository';

/** The moderators' review queue for content posted despite a personal-data warning. */
@Injectable()
export class ModerationService {
  constructor(
    private readonly contributions: ContributionsRepository,
    private readonly questions: QuestionsRepository,
    private readonly audit: AuditLogService,
  ) {}

  async queue(actor: Actor, first: number): Promise<Contribution[]> {
    if (!isModerator(actor)) throw HubError.forbidden();
    return this.contributions.heldForReview(Math.min(Math.max(first, 1), LIMITS.pageSizeMax));
  }

  /** Approving publishes it with the access its labels give; rejecting keeps it hidden from peers. */
  async decide(actor: Actor, contributionId: string, approve: boolean): Promise<Contribution> {
    if (!isModerator(actor)) throw HubError.forbidden();
    // Moderators read every contribution (their token is on all of them, held ones included).
    const [held] = await this.contributions.findReadableByIds([contributionId], [MODERATORS_TOKEN]);
    if (!held || held.review !== 'HELD') throw HubError.notFound('A contribution waiting for review');
    const question = await this.questions.findById(held.questionId);
    if (!question) throw HubError.notFound('The question');
    const readableBy = approve
      ? contributionReadableBy(question, {
          sensitivity: held.sensitivity,
          sectors: held.accessSectors,
          organisations: held.accessOrganisations,
          users: held.accessUsers,
          authorId: held.authorId,
        })
      : heldReadableBy(held.authorId);
    const decided = await this.contributions.decideReview(held.id, approve ? 'APPROVED' : 'REJECTED', readableBy);
    if (!decided) throw HubError.conflict('Another moderator decided first.');
    await this.audit.record({ actorId: actor.userId, action: 'MODERATION_DECISION', targetType: 'CONTRIBUTION', targetId: held.id, details: { decision: approve ? 'APPROVED' : 'REJECTED', heldFor: held.heldFor } });
    return decided;
  }
}
