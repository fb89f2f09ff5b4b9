import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Types } from 'mongoose';
import { FollowKind, FollowRecord, followId } from './follow.schema';
import * as byId from '../database/by-id-queries';
import { isDuplicateKeyError } from '../accounts/duplicate-key';

type FollowLean = FollowRecord;

export interface Follow {
  userId: string;
  kind: FollowKind;
  key: string;
  createdAt: Date;
}

@Injectable()
export class FollowsRepository implements OnModuleInit {
  constructor(@InjectModel(FollowRecord.name) private readonly model: Model<FollowRecord>) {}

  async onModuleInit(): Promise<void> {
    await this.model.createIndexes();
  }

  /** Idempotent: an upsert by the follow's own id (unique by construction). */
  async follow(userId: string, kind: FollowKind, key: string): Promise<void> {
    try {
      await this.model.updateOne({ _id: followId(userId, kind, key) }, { $setOnInsert: { userId: new Types.ObjectId(userId), kind, key } }, { upsert: true });
    } catch (error) {
      // A follow stored before ids said who follows what: already following.
      if (!isDuplicateKeyError(error)) throw error;
    }
  }

  async unfollow(userId: string, kind: FollowKind, key: string): Promise<void> {
    await this.model.deleteOne({ userId: new Types.ObjectId(userId), kind, key });
  }

  async ofUser(userId: string): Promise<Follow[]> {
    const records = await this.model.find({ userId: new Types.ObjectId(userId) }).sort({ createdAt: -1 }).lean<FollowLean[]>();
    return records.map((r) => ({ userId: r.userId.toHexString(), kind: r.kind, key: r.key, createdAt: r.createdAt }));
  }

  /** Which of `keys` the user follows, in one query (DataLoader batch). */
  async followedKeys(userId: string, kind: FollowKind, keys: readonly string[]): Promise<Set<string>> {
    const records = await byId.findByIds<FollowRecord, FollowLean>(this.model, keys.map((key) => followId(userId, kind, key)), { key: 1 });
    return new Set(records.map((r) => r.key));
  }

  /** Who follows any of `keys` of one kind (notification fan-out, a background job). */
  async followersOf(kind: FollowKind, keys: readonly string[]): Promise<string[]> {
    if (!keys.length) return [];
    const records = await this.model.find({ kind, key: { $in: [...keys] } }, { userId: 1 }).lean<FollowLean[]>();
    return [...new Set(records.map((r) => r.userId.toHexString()))];
  }
}
