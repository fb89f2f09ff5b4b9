import { Injectable } from '@nestjs/common';
import { MODERATORS_TOKEN } from '../auth/read-access';
import { ContributionsRepository } from '../contributions/contributions.repository';
import type { Contribution } from '../contributions/contributions.types';
import { QuestionsRepository } from '../questions/questions.repository';
import type { NotificationSubject } from './recipient-access';

export interface SubjectRef {
  questionId: string;
  contributionId: string | null;
  synthesisVersion: number | null;
}

/** Loads what notifications are about, each item once per loader (a fan-out or a delivery run). */
export class SubjectLoader {
  private readonly subjects = new Map<string, Promise<NotificationSubject | null>>();

  constructor(
    private readonly questions: QuestionsRepository,
    private readonly contributions: ContributionsRepository,
  ) {}

  load(ref: SubjectRef): Promise<NotificationSubject | null> {
    const key = `${ref.questionId}:${ref.contributionId ?? ''}:${ref.synthesisVersion ?? ''}`;
    let subject = this.subjects.get(key);
    if (!subject) {
      subject = this.read(ref);
      this.subjects.set(key, subject);
    }
    return subject;
  }

  private async read(ref: SubjectRef): Promise<NotificationSubject | null> {
    const question = await this.questions.findById(ref.questionId);
    if (!question) return null;
    // Every item's read tokens include the moderators' token, so this reads it whatever its access;
    // each recipient's own access is checked afterwards (recipient-access.ts).
    const contribution = ref.contributionId ? ((await this.contributions.findReadableByIds([ref.contributionId], [MODERATORS_TOKEN]))[0] ?? null) : null;
    if (ref.contributionId && (!contribution || contribution.questionId !== question.id)) return null;
    const synthesis = ref.synthesisVersion ? ((await this.questions.synthesesOf([question.id])).find((s) => s.version === ref.synthesisVersion) ?? null) : null;
    if (ref.synthesisVersion && !synthesis) return null;
    return { question, contribution, synthesis };
  }
}

@Injectable()
export class NotificationSubjects {
  constructor(
    private readonly questions: QuestionsRepository,
    private readonly contributions: ContributionsRepository,
  ) {}

  loader(): SubjectLoader {
    return new SubjectLoader(this.questions, this.contributions);
  }

  /** One contribution whatever its access (see SubjectLoader.read), or null. */
  async contribution(id: string): Promise<Contribution | null> {
    return (await this.contributions.findReadableByIds([id], [MODERATORS_TOKEN]))[0] ?? null;
  }
}
