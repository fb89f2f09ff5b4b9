import { Injectable } from '@nestjs/common';
import { MODERATORS_TOKEN } from '../auth/read-access';
import { ContributionsRepository } from '../contributions/contributions.repository';
import type { Contribution } from '../contributions/contributions.types';
import type { ResearchQuestion, Synthesis } from '../questions/questions.types';
import { QuestionsRepository } from '../questions/questions.repository';
import type { NotificationSubject } from './recipient-access';

export interface SubjectRef {
  questionId: string;
  contributionId: string | null;
  synthesisVersion: number | null;
}

/** Loads what notifications are about, each item once per loader (a fan-out, a feed, a delivery run). */
export class SubjectLoader {
  private readonly questionsById = new Map<string, ResearchQuestion | null>();
  private readonly contributionsById = new Map<string, Contribution | null>();
  private readonly synthesesByQuestion = new Map<string, Synthesis[]>();

  constructor(
    private readonly questions: QuestionsRepository,
    private readonly contributions: ContributionsRepository,
  ) {}

  /** Reads everything `refs` point at in three batched queries (a feed of 200 costs the same as one). */
  async prime(refs: readonly SubjectRef[]): Promise<void> {
    const questionIds = [...new Set(refs.map((r) => r.questionId))].filter((id) => !this.questionsById.has(id));
    const contributionIds = [...new Set(refs.flatMap((r) => (r.contributionId ? [r.contributionId] : [])))].filter((id) => !this.contributionsById.has(id));
    const synthesisQuestionIds = [...new Set(refs.filter((r) => r.synthesisVersion).map((r) => r.questionId))].filter((id) => !this.synthesesByQuestion.has(id));
    // Every item's read tokens include the moderators' token, so this reads it whatever its access;
    // each recipient's own access is checked afterwards (recipient-access.ts).
    const [questions, contributions, syntheses] = await Promise.all([
      questionIds.length ? this.questions.findReadableByIds(questionIds, [MODERATORS_TOKEN]) : [],
      contributionIds.length ? this.contributions.findReadableByIds(contributionIds, [MODERATORS_TOKEN]) : [],
      synthesisQuestionIds.length ? this.questions.synthesesOf(synthesisQuestionIds) : [],
    ]);
    for (const id of questionIds) this.questionsById.set(id, questions.find((q) => q.id === id) ?? null);
    for (const id of contributionIds) this.contributionsById.set(id, contributions.find((c) => c.id === id) ?? null);
    for (const id of synthesisQuestionIds) this.synthesesByQuestion.set(id, syntheses.filter((x) => x.questionId === id));
  }

  async load(ref: SubjectRef): Promise<NotificationSubject | null> {
    await this.prime([ref]);
    const question = this.questionsById.get(ref.questionId) ?? null;
    if (!question) return null;
    const contribution = ref.contributionId ? (this.contributionsById.get(ref.contributionId) ?? null) : null;
    if (ref.contributionId && (!contribution || contribution.questionId !== question.id)) return null;
    const synthesis = ref.synthesisVersion ? ((this.synthesesByQuestion.get(question.id) ?? []).find((s) => s.version === ref.synthesisVersion) ?? null) : null;
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
