import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Types } from 'mongoose';
import { FollowerListRecord, followerListId, FollowKind, FollowRecord, followId } from './follow.schema';
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
  constructor(
    @InjectModel(FollowRecord.name) private readonly model: Model<FollowRecord>,
    @InjectModel(FollowerListRecord.name) private readonly followerLists: Model<FollowerListRecord>,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.model.createIndexes();
  }

  /** Idempotent: an upsert by the follow's own id (unique by construction). */
  async follow(userId: string, kind: FollowKind, key: string): Promise<void> {
    await this.followerLists.updateOne({ _id: followerListId(kind, key) }, { $addToSet: { userIds: new Types.ObjectId(userId) } }, { upsert: true });
    try {
      await this.model.updateOne({ _id: followId(userId, kind, key) }, { $setOnInsert: { userId: new Types.ObjectId(userId), kind, key } }, { upsert: true });
    } catch (error) {
      // A follow stored before ids said who follows what: already following.
      if (!isDuplicateKeyError(error)) throw error;
    }
  }

  async unfollow(userId: string, kind: FollowKind, key: string): Promise<void> {
    const deleted = await this.model.deleteOne({ _id: followId(userId, kind, key) });
    // A follow stored before ids said who follows what (found by a scan; only old data).
    if (!deleted.deletedCount) await this.model.deleteOne({ userId: new Types.ObjectId(userId), kind, key });
    await this.followerLists.updateOne({ _id: followerListId(kind, key) }, { $pull: { userIds: new Types.ObjectId(userId) } });
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
    await this.listFollowersOnce();
    const lists = await byId.findByIds<FollowerListRecord, FollowerListRecord>(this.followerLists, keys.map((key) => followerListId(kind, key)), { userIds: 1 });
    const listed = lists.flatMap((list) => list.userIds.flatMap((userId) => keys.map((key) => followId(userId.toHexString(), kind, key))));
    // Keep only users whose follow exists (see FollowerListRecord).
    const follows = await byId.findByIds<FollowRecord, FollowLean>(this.model, listed, { userId: 1 });
    return [...new Set(follows.map((r) => r.userId.toHexString()))];
  }

  private listed: Promise<void> | null = null;

  /** Follows written before follower lists existed: listed once (one scan, only when lists are missing). */
  private listFollowersOnce(): Promise<void> {
    this.listed ??= (async () => {
      if ((await this.followerLists.estimatedDocumentCount()) > 0 || (await this.model.estimatedDocumentCount()) === 0) return;
      for (const record of await this.model.find({}, { userId: 1, kind: 1, key: 1 }).lean<FollowLean[]>()) {
        await this.followerLists.updateOne({ _id: followerListId(record.kind, record.key) }, { $addToSet: { userIds: record.userId } }, { upsert: true });
      }
    })().catch((error: unknown) => {
      this.listed = null;
      throw error;
    });
    return this.listed;
  }
}
