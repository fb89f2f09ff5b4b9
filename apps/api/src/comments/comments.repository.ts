import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Types } from 'mongoose';
import { CommentRecord, CommentTarget } from './comment.schema';
import { CommentThreadEntry, CommentThreadRecord } from './comment-thread.schema';
import { toObjectId as oid, validObjectIds } from '../common/object-ids';
import * as byId from '../database/by-id-queries';
import { oldestFirst } from '../common/ordering';
import { reviewFields, type ReviewState } from '../content/review';

type CommentLean = CommentRecord & { _id: Types.ObjectId };

export interface Comment {
  id: string;
  targetType: CommentTarget;
  targetId: string;
  questionId: string;
  body: string;
  authorId: string;
  readableBy: string[];
  /** Personal-data review (content/review.ts). */
  review: ReviewState | null;
  heldFor: string[];
  reviewReason: string | null;
  createdAt: Date;
}


function toComment(r: CommentLean): Comment {
  return {
    id: r._id.toHexString(),
    targetType: r.targetType,
    targetId: r.targetId.toHexString(),
    questionId: r.questionId.toHexString(),
    body: r.body,
    authorId: r.authorId.toHexString(),
    readableBy: r.readableBy,
    ...reviewFields(r),
    createdAt: r.createdAt,
  };
}

/** What a comment is on, and the question it belongs to (threads are kept per question). */
export interface CommentTargetRef {
  targetId: string;
  questionId: string;
}

@Injectable()
export class CommentsRepository implements OnModuleInit {
  constructor(
    @InjectModel(CommentRecord.name) private readonly model: Model<CommentRecord>,
    @InjectModel(CommentThreadRecord.name) private readonly threads: Model<CommentThreadRecord>,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.model.createIndexes();
    await this.listUnthreadedComments();
  }

  /** Data written before threads existed: list it once (one scan, only when threads are missing). */
  private async listUnthreadedComments(): Promise<void> {
    if ((await this.threads.estimatedDocumentCount()) > 0 || (await this.model.estimatedDocumentCount()) === 0) return;
    const byQuestion = new Map<string, CommentThreadEntry[]>();
    for (const record of await this.model.find({}, { targetId: 1, questionId: 1 }).lean<Array<{ _id: Types.ObjectId; targetId: Types.ObjectId; questionId: Types.ObjectId }>>()) {
      const key = record.questionId.toHexString();
      byQuestion.set(key, [...(byQuestion.get(key) ?? []), { target: record.targetId, comment: record._id }]);
    }
    for (const [questionId, entries] of byQuestion) await this.threads.updateOne({ _id: oid(questionId) }, { $addToSet: { entries: { $each: entries } } }, { upsert: true });
  }

  async create(fields: Omit<Comment, 'id' | 'createdAt' | 'review' | 'reviewReason'> & { review?: 'HELD' }): Promise<Comment> {
    const id = new Types.ObjectId();
    // Listed first (see comment-thread.schema.ts): a crash before the insert leaves only a dangling id.
    await this.threads.updateOne({ _id: oid(fields.questionId) }, { $push: { entries: { target: oid(fields.targetId), comment: id } } }, { upsert: true });
    const created = await this.model.create({
      _id: id,
      ...fields,
      targetId: oid(fields.targetId),
      questionId: oid(fields.questionId),
      authorId: oid(fields.authorId),
    });
    return toComment(created.toObject() as CommentLean);
  }

  /**
   * The readable comments in the questions' whole threads, oldest first (DataLoader batch): a
   * question page reads its thread once, the question's comments and its contributions' alike.
   */
  async readableInThreads(questionIds: readonly string[], tokens: string[]): Promise<Comment[]> {
    const ids = (await this.threadsOf(questionIds)).flatMap((thread) => thread.entries.map((entry) => entry.comment));
    const records = await byId.findByIds<CommentRecord, CommentLean>(this.model, ids, {}, { readableBy: { $in: tokens } });
    return records.map(toComment).sort(oldestFirst);
  }

  /** The questions' threads (one read by `_id` for them all). */
  private threadsOf(questionIds: readonly string[]): Promise<CommentThreadRecord[]> {
    return byId.findByIds<CommentThreadRecord, CommentThreadRecord>(this.threads, validObjectIds(questionIds), { entries: 1 });
  }

  /** The ids listed for `targets` in their questions' threads. */
  private async commentIdsOf(targets: ReadonlyArray<CommentTargetRef>): Promise<Types.ObjectId[]> {
    const wanted = new Set(targets.map((target) => target.targetId));
    const threads = await this.threadsOf(targets.map((target) => target.questionId));
    return threads.flatMap((thread) => thread.entries.filter((entry) => wanted.has(entry.target.toHexString())).map((entry) => entry.comment));
  }

  async byAuthor(userId: string): Promise<Comment[]> {
    const records = await this.model.find({ authorId: oid(userId) }).sort({ createdAt: 1 }).lean<CommentLean[]>();
    return records.map(toComment);
  }

  /** Comments follow their target's access, except those held or rejected in the personal-data review. */
  async setReadableByForTarget(target: CommentTargetRef, readableBy: string[]): Promise<void> {
    await byId.updateManyByIds(this.model, await this.commentIdsOf([target]), { review: { $nin: ['HELD', 'REJECTED'] } }, { $set: { readableBy } });
  }
}
