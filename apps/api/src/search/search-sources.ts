import { Injectable } from '@nestjs/common';
import type { SearchSyncState } from '../content/search-sync.queries';
import { ContributionsRepository } from '../contributions/contributions.repository';
import { QuestionsRepository } from '../questions/questions.repository';
import type { ResearchQuestion } from '../questions/questions.types';
import { contributionDocumentId, questionDocumentId, SearchDocumentBuilder, synthesisDocumentId } from './search-documents';
import type { SearchDocument } from './search-engine.port';

/** Questions kept in memory during a rebuild (about 2 KB each). */
const QUESTIONS_KEPT = 50_000;

/** What one batch of index work amounts to: documents to write, ids to drop, and what was read. */
export interface IndexWork {
  upserts: SearchDocument[];
  removals: string[];
  questions: SearchSyncState[];
  contributions: SearchSyncState[];
  /** Contributions of the indexed questions: they carry the question's title, status and sectors. */
  cascade: string[];
  /** Derived lists found incomplete (a crash between two writes): contributions to list per question, links to record. */
  repairs: { unlisted: Map<string, string[]>; links: Array<{ from: string; to: string[] }> };
}

/** Reads content from MongoDB (through the repositories) and turns it into index work. */
@Injectable()
export class SearchSources {
  constructor(
    readonly questions: QuestionsRepository,
    readonly contributions: ContributionsRepository,
    private readonly builder: SearchDocumentBuilder,
  ) {}

  async work(questionIds: string[], contributionIds: string[]): Promise<IndexWork> {
    const [questionItems, contributionItems] = await Promise.all([this.questions.forSearch(questionIds), this.contributions.forSearch(contributionIds)]);
    const questionsById = new Map<string, ResearchQuestion>(questionItems.map((item) => [item.question.id, item.question]));
    const missingParents = [...new Set(contributionItems.map((item) => item.contribution.questionId))].filter((id) => !questionsById.has(id));
    for (const item of await this.questions.forSearch(missingParents)) questionsById.set(item.question.id, item.question);
    const [questionDocuments, contributionDocuments] = await Promise.all([
      this.builder.forQuestions(questionItems),
      this.builder.forContributions(contributionItems.map((item) => item.contribution), questionsById),
    ]);
    const foundQuestions = new Set(questionItems.map((item) => item.question.id));
    const foundContributions = new Set(contributionItems.map((item) => item.contribution.id));
    const removals = [
      // Deleted content, and syntheses of questions that have none (any more).
      ...questionIds.filter((id) => !foundQuestions.has(id)).flatMap((id) => [questionDocumentId(id), synthesisDocumentId(id)]),
      ...questionItems.filter((item) => !item.latestSynthesis).map((item) => synthesisDocumentId(item.question.id)),
      ...contributionIds.filter((id) => !foundContributions.has(id)).map(contributionDocumentId),
    ];
    const unlisted = new Map<string, string[]>();
    for (const { contribution } of contributionItems) {
      const question = questionsById.get(contribution.questionId);
      if (question && !question.contributionIds.includes(contribution.id)) unlisted.set(question.id, [...(unlisted.get(question.id) ?? []), contribution.id]);
    }
    return {
      upserts: [...questionDocuments, ...contributionDocuments],
      removals,
      questions: questionItems.map((item) => item.sync),
      contributions: contributionItems.map((item) => item.sync),
      cascade: questionItems.flatMap((item) => item.question.contributionIds),
      repairs: { unlisted, links: questionItems.filter((item) => item.question.related.length).map((item) => ({ from: item.question.id, to: item.question.related })) },
    };
  }

  /** Completes derived lists a crash left behind; idempotent, so running it twice is harmless. */
  async repair(work: IndexWork): Promise<void> {
    for (const [questionId, ids] of work.repairs.unlisted) await this.questions.addContributions(questionId, ids);
    for (const { from, to } of work.repairs.links) await this.questions.addLinkedFrom(from, to);
  }

  async total(): Promise<number> {
    const [questions, contributions] = await Promise.all([this.questions.countAll(), this.contributions.countAll()]);
    return questions + contributions;
  }

  /**
   * Every document, `batchSize` sources at a time, for a rebuild. `seen` receives the outbox state
   * of each source read, so pending work the rebuild covered can be cleared after the swap.
   */
  async *all(batchSize: number, seen: (kind: 'question' | 'contribution', states: SearchSyncState[]) => void): AsyncGenerator<SearchDocument[]> {
    // Contributions need their question (title, status, sectors): the questions just read are kept
    // (up to QUESTIONS_KEPT), since contributions come in no useful order and each miss is a read.
    const cache = new Map<string, ResearchQuestion>();
    for await (const items of this.questions.streamForSearch(batchSize)) {
      seen('question', items.map((item) => item.sync));
      for (const item of items) if (cache.size < QUESTIONS_KEPT) cache.set(item.question.id, item.question);
      yield this.builder.forQuestions(items);
    }
    for await (const items of this.contributions.streamForSearch(batchSize)) {
      const wanted = [...new Set(items.map((item) => item.contribution.questionId))].filter((id) => !cache.has(id));
      if (cache.size > QUESTIONS_KEPT) cache.clear();
      for (const item of await this.questions.forSearch(wanted)) cache.set(item.question.id, item.question);
      seen('contribution', items.map((item) => item.sync));
      // A rebuild reads every contribution anyway: it also lists any its question is missing.
      for (const { contribution } of items) {
        const question = cache.get(contribution.questionId);
        if (question && !question.contributionIds.includes(contribution.id)) {
          await this.questions.addContributions(question.id, [contribution.id]);
          question.contributionIds.push(contribution.id);
        }
      }
      yield this.builder.forContributions(items.map((item) => item.contribution), cache);
    }
  }
}
