import { Injectable, OnModuleInit } from '@nestjs/common';
import { LIMITS } from '@hub/domain';
import { Actor } from '../auth/actor';
import { HubError } from '../common/hub-error';
import { heldReadableBy } from '../content/review';
import { PersonalDataGuard } from '../personal-data/personal-data-guard';
import { ContributionsRepository } from '../contributions/contributions.repository';
import { ContributionsService } from '../contributions/contributions.service';
import { QuestionsService } from '../questions/questions.service';
import { CommentTarget } from './comment.schema';
import { Comment, CommentsRepository } from './comments.repository';

@Injectable()
export class CommentsService implements OnModuleInit {
  constructor(
    private readonly comments: CommentsRepository,
    private readonly questions: QuestionsService,
    private readonly contributions: ContributionsService,
    private readonly contributionsRepository: ContributionsRepository,
    private readonly guard: PersonalDataGuard,
  ) {}

  onModuleInit(): void {
    // Registered after the contributions' listener (module order), so it sees their new access.
    this.questions.onAccessChanged(async (question) => {
      await this.comments.setReadableByForTarget({ targetId: question.id, questionId: question.id }, question.readableBy);
      for (const contribution of await this.contributionsRepository.ofQuestion(question)) {
        await this.comments.setReadableByForTarget({ targetId: contribution.id, questionId: question.id }, contribution.readableBy);
      }
    });
  }

  async comment(actor: Actor, targetType: CommentTarget, targetId: string, body: string, postAnyway = false): Promise<Comment> {
    if (!actor.roles.some((role) => role !== 'ANALYST')) throw HubError.forbidden('Analysts can read, but not comment.');
    const text = body.trim();
    if (!text) throw HubError.invalid([{ field: 'input.body', message: 'is required' }]);
    if (text.length > LIMITS.commentMax) throw HubError.invalid([{ field: 'input.body', message: `must be at most ${LIMITS.commentMax} characters` }]);
    const target =
      targetType === 'QUESTION'
        ? await this.questions.readable(actor, targetId).then((q) => ({ questionId: q.id, readableBy: q.readableBy }))
        : await this.contributions.readable(actor, targetId).then((c) => ({ questionId: c.questionId, readableBy: c.readableBy }));
    const heldFor = await this.guard.check([{ field: 'input.body', text }], postAnyway);
    return this.comments.create({
      targetType,
      targetId,
      questionId: target.questionId,
      body: text,
      authorId: actor.userId,
      readableBy: heldFor.length ? heldReadableBy(actor.userId) : target.readableBy,
      ...(heldFor.length ? { review: 'HELD' as const } : {}),
      heldFor,
    });
  }
}
