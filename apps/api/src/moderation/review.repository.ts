import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Types } from 'mongoose';
import { CommentRecord } from '../comments/comment.schema';
import { toHex as hex, toObjectId as oid } from '../common/object-ids';
import { ContentChanges } from '../content/content-changes';
import { ContentWriteQueue } from '../content/content-write-queue';
import { pendingSearchSync } from '../content/revision';
import type { ReviewState } from '../content/review';
import { ContributionRecord } from '../contributions/contribution.schema';
import { QuestionRecord, SynthesisRecord } from '../questions/question.schema';

export const REVIEW_ITEM_KINDS = ['QUESTION', 'CONTRIBUTION', 'COMMENT', 'SYNTHESIS'] as const;
export type ReviewItemKind = (typeof REVIEW_ITEM_KINDS)[number];

/** One held item as the queue shows it: what it is, where it belongs, and the texts to review. */
export interface HeldItem {
  kind: ReviewItemKind;
  /** The question, contribution or comment id; for a synthesis, its question's id. */
  targetId: string;
  /** Synthesis versions only. */
  synthesisVersion: number | null;
  questionId: string;
  authorId: string;
  heldFor: string[];
  texts: Array<{ field: string; text: string }>;
  review: ReviewState | null;
  createdAt: Date;
}

/** Held items of one kind are few; the queue reads at most this many of each (an admin page may scan). */
export const HELD_READ_MAX = 1_000;

type Lean<T> = T & { _id: Types.ObjectId; createdAt: Date };

const questionTexts = (q: Lean<QuestionRecord>) => [
  { field: 'title', text: q.title },
  { field: 'body', text: q.body },
  { field: 'purpose', text: q.purpose },
  { field: 'source.assessment', text: q.source?.assessment ?? '' },
  { field: 'source.indicator', text: q.source?.indicator ?? '' },
  { field: 'source.url', text: q.source?.url ?? '' },
].filter((t) => t.text);

/**
 * Reads and decides the personal-data review of every kind of content. Decisions write by `_id`
 * only (FerretDB serves that from its primary key), inside the collection's write queue so the
 * check that the item is still held and the write cannot interleave with this instance's other writes.
 */
@Injectable()
export class ReviewRepository {
  constructor(
    @InjectModel(QuestionRecord.name) private readonly questions: Model<QuestionRecord>,
    @InjectModel(ContributionRecord.name) private readonly contributions: Model<ContributionRecord>,
    @InjectModel(CommentRecord.name) private readonly comments: Model<CommentRecord>,
    private readonly changes: ContentChanges,
    private readonly writes: ContentWriteQueue,
  ) {}

  /** Every held item, oldest first. */
  async held(): Promise<HeldItem[]> {
    const [questions, contributions, comments, withSyntheses] = await Promise.all([
      this.questions.find({ review: 'HELD' }, { revisions: 0, syntheses: 0 }).limit(HELD_READ_MAX).lean<Array<Lean<QuestionRecord>>>(),
      this.contributions.find({ review: 'HELD' }, { revisions: 0, helpfulBy: 0 }).limit(HELD_READ_MAX).lean<Array<Lean<ContributionRecord>>>(),
      this.comments.find({ review: 'HELD' }).limit(HELD_READ_MAX).lean<Array<Lean<CommentRecord>>>(),
      this.questions.find({ 'syntheses.review': 'HELD' }, { syntheses: 1 }).limit(HELD_READ_MAX).lean<Array<Lean<Pick<QuestionRecord, 'syntheses'>>>>(),
    ]);
    const items: HeldItem[] = [
      ...questions.map((q) => ({ kind: 'QUESTION' as const, targetId: hex(q._id), synthesisVersion: null, questionId: hex(q._id), authorId: hex(q.authorId), heldFor: q.heldFor ?? [], texts: questionTexts(q), review: q.review ?? null, createdAt: q.createdAt })),
      ...contributions.map((c) => ({ kind: 'CONTRIBUTION' as const, targetId: hex(c._id), synthesisVersion: null, questionId: hex(c.questionId), authorId: hex(c.authorId), heldFor: c.heldFor ?? [], texts: [{ field: 'body', text: c.body }], review: c.review ?? null, createdAt: c.createdAt })),
      ...comments.map((c) => ({ kind: 'COMMENT' as const, targetId: hex(c._id), synthesisVersion: null, questionId: hex(c.questionId), authorId: hex(c.authorId), heldFor: c.heldFor ?? [], texts: [{ field: 'body', text: c.body }], review: c.review ?? null, createdAt: c.createdAt })),
      ...withSyntheses.flatMap((q) =>
        (q.syntheses ?? [])
          .filter((s) => s.review === 'HELD')
          .map((s) => ({ kind: 'SYNTHESIS' as const, targetId: hex(q._id), synthesisVersion: s.version, questionId: hex(q._id), authorId: hex(s.authorId), heldFor: s.heldFor ?? [], texts: [{ field: 'body', text: s.body }], review: s.review ?? null, createdAt: s.publishedAt })),
      ),
    ];
    return items.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.targetId < b.targetId ? -1 : a.targetId > b.targetId ? 1 : (a.synthesisVersion ?? 0) - (b.synthesisVersion ?? 0)));
  }

  /**
   * Records the decision and the access that follows from it, if the item is still held. `access`
   * is computed from the item as read inside the write queue. Returns false when it was not held.
   */
  async decideQuestion(id: string, decision: Decision, access: (held: { readableBy: string[] }) => Promise<string[]>): Promise<boolean> {
    return this.writes.run('questions', [id], async () => {
      const held = await this.questions.findById(oid(id), { review: 1, readableBy: 1 }).lean<Lean<QuestionRecord>>();
      if (held?.review !== 'HELD') return false;
      await this.questions.updateOne({ _id: oid(id) }, { $set: { ...decisionFields(decision), readableBy: await access(held), searchSync: pendingSearchSync() }, $inc: { version: 1 } });
      this.changes.notify('question', [id]);
      return true;
    });
  }

  async decideContribution(id: string, decision: Decision, readableBy: string[]): Promise<boolean> {
    return this.writes.run('contributions', [id], async () => {
      const held = await this.contributions.findById(oid(id), { review: 1 }).lean<Lean<ContributionRecord>>();
      if (held?.review !== 'HELD') return false;
      await this.contributions.updateOne({ _id: oid(id) }, { $set: { ...decisionFields(decision), readableBy, searchSync: pendingSearchSync() }, $inc: { version: 1 } });
      this.changes.notify('contribution', [id]);
      return true;
    });
  }

  /** What a comment's access follows: its target. */
  async commentTarget(id: string): Promise<{ targetType: CommentRecord['targetType']; targetId: string; readableBy: string[] } | null> {
    const record = await this.comments.findById(oid(id), { targetType: 1, targetId: 1, readableBy: 1 }).lean<Lean<CommentRecord>>();
    return record ? { targetType: record.targetType, targetId: hex(record.targetId), readableBy: record.readableBy } : null;
  }

  async decideComment(id: string, decision: Decision, readableBy: string[]): Promise<boolean> {
    const held = await this.comments.findById(oid(id), { review: 1 }).lean<Lean<CommentRecord>>();
    if (held?.review !== 'HELD') return false;
    await this.comments.updateOne({ _id: oid(id) }, { $set: { ...decisionFields(decision), readableBy } });
    return true;
  }

  /** Synthesis versions live inside their question: the array is rewritten whole (FerretDB has no arrayFilters). */
  async decideSynthesis(questionId: string, version: number, decision: Decision, access: (held: SynthesisRecord) => string[]): Promise<boolean> {
    return this.writes.run('questions', [questionId], async () => {
      const record = await this.questions.findById(oid(questionId), { syntheses: 1 }).lean<Lean<QuestionRecord>>();
      const held = record?.syntheses?.find((s) => s.version === version);
      if (!record || held?.review !== 'HELD') return false;
      const syntheses = record.syntheses.map((s) => (s.version === version ? { ...s, ...decisionFields(decision), readableBy: access(s) } : s));
      await this.questions.updateOne({ _id: oid(questionId) }, { $set: { syntheses, searchSync: pendingSearchSync() }, $inc: { version: 1 } });
      this.changes.notify('question', [questionId]);
      return true;
    });
  }
}

export interface Decision {
  review: Extract<ReviewState, 'APPROVED' | 'REJECTED'>;
  reason: string | null;
}

function decisionFields(decision: Decision): Record<string, unknown> {
  return { review: decision.review, reviewReason: decision.reason ?? '' };
}
