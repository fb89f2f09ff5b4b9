import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Types } from 'mongoose';
import { FollowKind, FollowRecord } from './follow.schema';

type FollowLean = FollowRecord & { _id: Types.ObjectId };

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

  /** Idempotent: an upsert on the unique (user, kind, key). */
  async follow(userId: string, kind: FollowKind, key: string): Promise<void> {
    await this.model.updateOne(
      { userId: new Types.ObjectId(userId), kind, key },
      { $setOnInsert: { userId: new Types.ObjectId(userId), kind, key } },
      { upsert: true },
    );
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
    const records = await this.model.find({ userId: new Types.ObjectId(userId), kind, key: { $in: [...keys] } }).lean<FollowLean[]>();
    return new Set(records.map((r) => r.key));
  }

  /** Who follows any of `keys` of one kind (notification fan-out, a background job). */
  async followersOf(kind: FollowKind, keys: readonly string[]): Promise<string[]> {
    if (!keys.length) return [];
    const records = await this.model.find({ kind, key: { $in: [...keys] } }, { userId: 1 }).lean<FollowLean[]>();
    return [...new Set(records.map((r) => r.userId.toHexString()))];
  }
}
