import { Injectable } from '@nestjs/common';
import { OrganisationsRepository } from '../accounts/organisations.repository';
import { UsersRepository } from '../accounts/users.repository';
import { AuditLogService } from '../audit/audit-log.service';
import type { Actor } from '../auth/actor';
import { CommentsRepository } from '../comments/comments.repository';
import { HubError } from '../common/hub-error';
import { ContributionsRepository } from '../contributions/contributions.repository';
import { FollowsRepository } from '../follows/follows.repository';
import { QuestionsRepository } from '../questions/questions.repository';

/** Read tokens are access plumbing, not the user's data; leaving them out keeps the file readable. */
function withoutTokens<T extends { readableBy?: string[] }>(item: T): Omit<T, 'readableBy'> {
  const copy: T = { ...item };
  delete copy.readableBy;
  return copy;
}

/** "Download my data": everything the hub holds about and from the viewer, as one JSON document. */
@Injectable()
export class PersonalDataExportService {
  constructor(
    private readonly users: UsersRepository,
    private readonly organisations: OrganisationsRepository,
    private readonly questions: QuestionsRepository,
    private readonly contributions: ContributionsRepository,
    private readonly comments: CommentsRepository,
    private readonly follows: FollowsRepository,
    private readonly audit: AuditLogService,
  ) {}

  async export(actor: Actor): Promise<string> {
    const profile = await this.users.findById(actor.userId);
    if (!profile) throw HubError.unauthenticated();
    const [organisation, questions, contributions, comments, follows, votes] = await Promise.all([
      this.organisations.findById(profile.organisationId),
      this.questions.byAuthor(actor.userId),
      this.contributions.byAuthor(actor.userId),
      this.comments.byAuthor(actor.userId),
      this.follows.ofUser(actor.userId),
      this.contributions.votedBy(actor.userId),
    ]);
    await this.audit.record({ actorId: actor.userId, action: 'EXPORT', targetType: 'PERSONAL_DATA', targetId: actor.userId });
    return JSON.stringify(
      {
        exportedAt: new Date().toISOString(),
        profile,
        organisation,
        questions: questions.map(withoutTokens),
        contributions: contributions.map(({ helpfulBy, ...contribution }) => ({ ...withoutTokens(contribution), helpfulVotes: helpfulBy.length })),
        comments: comments.map(withoutTokens),
        follows,
        helpfulVotes: votes.map((contributionId) => ({ contributionId })),
      },
      null,
      2,
    );
  }
}
