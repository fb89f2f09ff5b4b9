import { Injectable } from '@nestjs/common';
import { AuditLogService } from '../audit/audit-log.service';
import { readableBy } from '../auth/read-access';
import { ContributionsRepository } from '../contributions/contributions.repository';
import { QuestionsRepository } from '../questions/questions.repository';

const BATCH = 200;

export interface RetentionOutcome {
  questions: number;
  contributions: number;
}

/**
 * Archives what has expired. We archive rather than delete: syntheses cite contributions and an
 * archived item stays for the managers (its author, the question's leads, moderators) who may
 * have to justify past decisions, while it disappears from every other reader's lists, pages,
 * counts and search. Deletion on request is the erasure path (data-protection/).
 */
@Injectable()
export class RetentionService {
  constructor(
    private readonly questions: QuestionsRepository,
    private readonly contributions: ContributionsRepository,
    private readonly audit: AuditLogService,
  ) {}

  async archiveExpired(now: Date): Promise<RetentionOutcome> {
    const outcome: RetentionOutcome = { questions: 0, contributions: 0 };
    for (const question of await this.questions.expired(now, BATCH)) {
      const managers = readableBy({ sensitivity: question.sensitivity, sectors: [], organisations: [], users: [], authorId: question.authorId, questionSectors: question.sectors, restrictedToManagers: true });
      if (!(await this.questions.archive(question.id, managers, now))) continue;
      outcome.questions++;
      await this.audit.record({ actorId: null, action: 'CONTENT_EXPIRED', targetType: 'QUESTION', targetId: question.id, details: { expiresAt: question.expiresAt?.toISOString() ?? null } });
      // Its contributions go with it: an archived question's answers are no one else's to read.
      for (const contribution of await this.contributions.ofQuestion(question)) {
        if (contribution.archivedAt) continue;
        const own = readableBy({ sensitivity: contribution.sensitivity, sectors: [], organisations: [], users: [], authorId: contribution.authorId, questionSectors: question.sectors, restrictedToManagers: true });
        if (await this.contributions.archive(contribution.id, own, now)) outcome.contributions++;
      }
    }
    for (const contribution of await this.contributions.expired(now, BATCH)) {
      const question = await this.questions.findById(contribution.questionId);
      const own = readableBy({ sensitivity: contribution.sensitivity, sectors: [], organisations: [], users: [], authorId: contribution.authorId, questionSectors: question?.sectors ?? [], restrictedToManagers: true });
      if (!(await this.contributions.archive(contribution.id, own, now))) continue;
      outcome.contributions++;
      await this.audit.record({ actorId: null, action: 'CONTENT_EXPIRED', targetType: 'CONTRIBUTION', targetId: contribution.id, details: { expiresAt: contribution.expiresAt?.toISOString() ?? null } });
    }
    return outcome;
  }
}
