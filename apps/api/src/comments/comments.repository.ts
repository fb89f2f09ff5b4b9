import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Types } from 'mongoose';
import { CommentRecord, CommentTarget } from './comment.schema';
import { toObjectId as oid } from '../common/object-ids';

type CommentLean = CommentRecord & { _id: Types.ObjectId };

export interface Comment {
  id: string;
  targetType: CommentTarget;
  targetId: string;
  questionId: string;
  body: string;
  authorId: string;
  readableBy: string[];
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
    createdAt: r.createdAt,
  };
}

@Injectable()
export class CommentsRepository implements OnModuleInit {
  constructor(@InjectModel(CommentRecord.name) private readonly model: Model<CommentRecord>) {}

  async onModuleInit(): Promise<void> {
    await this.model.createIndexes();
  }

  async create(fields: Omit<Comment, 'id' | 'createdAt'>): Promise<Comment> {
    const created = await this.model.create({
      ...fields,
      targetId: oid(fields.targetId),
      questionId: oid(fields.questionId),
      authorId: oid(fields.authorId),
    });
    return toComment(created.toObject() as CommentLean);
  }

  /** Readable comments on several targets, oldest first, in one query (DataLoader batch). */
  async readableForTargets(targetIds: readonly string[], tokens: string[]): Promise<Comment[]> {
    const ids = targetIds.filter((id) => Types.ObjectId.isValid(id)).map(oid);
    const records = await this.model.find({ targetId: { $in: ids }, readableBy: { $in: tokens } }).sort({ createdAt: 1, _id: 1 }).lean<CommentLean[]>();
    return records.map(toComment);
  }

  async byAuthor(userId: string): Promise<Comment[]> {
    const records = await this.model.find({ authorId: oid(userId) }).sort({ createdAt: 1 }).lean<CommentLean[]>();
    return records.map(toComment);
  }

  async setReadableByForTarget(targetId: string, readableBy: string[]): Promise<void> {
    await this.model.updateMany({ targetId: oid(targetId) }, { $set: { readableBy } });
  }
}
