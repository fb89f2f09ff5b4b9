import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Types } from 'mongoose';
import { Session } from './accounts.types';
import { SessionRecord } from './session.schema';

type SessionLean = SessionRecord & { _id: Types.ObjectId };

function toSession(record: SessionLean): Session {
  return {
    id: record._id.toHexString(),
    userId: record.userId.toHexString(),
    refreshHash: record.refreshHash,
    previousHash: record.previousHash ?? null,
    expiresAt: record.expiresAt,
    revokedAt: record.revokedAt ?? null,
  };
}

@Injectable()
export class SessionsRepository implements OnModuleInit {
  constructor(@InjectModel(SessionRecord.name) private readonly model: Model<SessionRecord>) {}

  async onModuleInit(): Promise<void> {
    await this.model.createIndexes();
  }

  async create(userId: string, refreshHash: string, expiresAt: Date): Promise<Session> {
    const created = await this.model.create({ userId: new Types.ObjectId(userId), refreshHash, expiresAt });
    return toSession(created.toObject());
  }

  async findById(id: string): Promise<Session | null> {
    if (!Types.ObjectId.isValid(id)) return null;
    const record = await this.model.findById(id).lean<SessionLean>();
    return record ? toSession(record) : null;
  }

  /** Swaps the refresh hash only if it is still the one presented: two racing refreshes cannot both win. */
  async rotate(id: string, presentedHash: string, nextHash: string, expiresAt: Date): Promise<boolean> {
    const result = await this.model.updateOne(
      { _id: id, refreshHash: presentedHash, revokedAt: { $exists: false } },
      { $set: { refreshHash: nextHash, previousHash: presentedHash, expiresAt } },
    );
    return result.modifiedCount === 1;
  }

  async revoke(id: string): Promise<void> {
    await this.model.updateOne({ _id: id, revokedAt: { $exists: false } }, { $set: { revokedAt: new Date() } });
  }

  /** Every session of the user but one (the one changing the password stays signed in). */
  async revokeOthersForUser(userId: string, keepSessionId: string): Promise<void> {
    await this.model.updateMany(
      { userId: new Types.ObjectId(userId), _id: { $ne: new Types.ObjectId(keepSessionId) }, revokedAt: { $exists: false } },
      { $set: { revokedAt: new Date() } },
    );
  }

  async revokeAllForUser(userId: string): Promise<void> {
    await this.model.updateMany({ userId: new Types.ObjectId(userId), revokedAt: { $exists: false } }, { $set: { revokedAt: new Date() } });
  }
}
