import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Types } from 'mongoose';
import { PasswordReset } from './accounts.types';
import { PasswordResetRecord } from './password-reset.schema';

type PasswordResetLean = PasswordResetRecord & { _id: Types.ObjectId };

function toPasswordReset(record: PasswordResetLean): PasswordReset {
  return { id: record._id.toHexString(), userId: record.userId.toHexString(), expiresAt: record.expiresAt, usedAt: record.usedAt ?? null };
}

const usable = (now: Date) => ({ usedAt: { $exists: false }, expiresAt: { $gt: now } });

@Injectable()
export class PasswordResetsRepository implements OnModuleInit {
  constructor(@InjectModel(PasswordResetRecord.name) private readonly model: Model<PasswordResetRecord>) {}

  async onModuleInit(): Promise<void> {
    await this.model.createIndexes();
  }

  async create(input: { tokenHash: string; userId: string; createdBy: string | null; expiresAt: Date }): Promise<PasswordReset> {
    const created = await this.model.create({
      tokenHash: input.tokenHash,
      userId: new Types.ObjectId(input.userId),
      createdBy: input.createdBy ? new Types.ObjectId(input.createdBy) : undefined,
      expiresAt: input.expiresAt,
    });
    return toPasswordReset(created.toObject());
  }

  async findUsableByHash(tokenHash: string, now: Date): Promise<PasswordReset | null> {
    const record = await this.model.findOne({ tokenHash, ...usable(now) }).lean<PasswordResetLean>();
    return record ? toPasswordReset(record) : null;
  }

  /** Records the use; which use wins is decided by TokenClaimsRepository. */
  async markUsed(id: string, now: Date): Promise<void> {
    await this.model.updateOne({ _id: new Types.ObjectId(id) }, { $set: { usedAt: now } });
  }

  /** After a reset, the user's other outstanding links stop working too. */
  async consumeAllForUser(userId: string, now: Date): Promise<void> {
    await this.model.updateMany({ userId: new Types.ObjectId(userId), usedAt: { $exists: false } }, { $set: { usedAt: now } });
  }

  async countUsable(userId: string, now: Date): Promise<number> {
    return this.model.countDocuments({ userId: new Types.ObjectId(userId), ...usable(now) });
  }

  async listForUser(userId: string): Promise<PasswordReset[]> {
    const records = await this.model.find({ userId: new Types.ObjectId(userId) }).sort({ createdAt: 1 }).lean<PasswordResetLean[]>();
    return records.map(toPasswordReset);
  }

  /** Moves a reset's expiry (support tooling, and tests of expiry without waiting an hour). */
  async setExpiry(id: string, expiresAt: Date): Promise<void> {
    await this.model.updateOne({ _id: new Types.ObjectId(id) }, { $set: { expiresAt } });
  }
}
