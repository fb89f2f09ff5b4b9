import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Types } from 'mongoose';
import { Invitation } from './accounts.types';
import { InvitationRecord } from './invitation.schema';

type InvitationLean = InvitationRecord & { _id: Types.ObjectId };

function toInvitation(record: InvitationLean): Invitation {
  return {
    id: record._id.toHexString(),
    userId: record.userId.toHexString(),
    organisationId: record.organisationId.toHexString(),
    invitedBy: record.invitedBy.toHexString(),
    expiresAt: record.expiresAt,
    usedAt: record.usedAt ?? null,
    revokedAt: record.revokedAt ?? null,
    createdAt: record.createdAt,
  };
}

/** Filter for an invitation whose link still works at `now`. */
const usable = (now: Date) => ({ usedAt: { $exists: false }, revokedAt: { $exists: false }, expiresAt: { $gt: now } });

@Injectable()
export class InvitationsRepository implements OnModuleInit {
  constructor(@InjectModel(InvitationRecord.name) private readonly model: Model<InvitationRecord>) {}

  async onModuleInit(): Promise<void> {
    await this.model.createIndexes();
  }

  async create(input: { tokenHash: string; userId: string; organisationId: string; invitedBy: string; expiresAt: Date }): Promise<Invitation> {
    const created = await this.model.create({
      tokenHash: input.tokenHash,
      userId: new Types.ObjectId(input.userId),
      organisationId: new Types.ObjectId(input.organisationId),
      invitedBy: new Types.ObjectId(input.invitedBy),
      expiresAt: input.expiresAt,
    });
    return toInvitation(created.toObject());
  }

  async findById(id: string): Promise<Invitation | null> {
    if (!Types.ObjectId.isValid(id)) return null;
    const record = await this.model.findById(id).lean<InvitationLean>();
    return record ? toInvitation(record) : null;
  }

  async findUsableByHash(tokenHash: string, now: Date): Promise<Invitation | null> {
    const record = await this.model.findOne({ tokenHash, ...usable(now) }).lean<InvitationLean>();
    return record ? toInvitation(record) : null;
  }

  /** Records the use; which use wins is decided by TokenClaimsRepository. */
  async markUsed(id: string, now: Date): Promise<void> {
    await this.model.updateOne({ _id: new Types.ObjectId(id) }, { $set: { usedAt: now } });
  }

  async markRevoked(id: string, now: Date): Promise<Invitation | null> {
    const record = await this.model
      .findByIdAndUpdate(new Types.ObjectId(id), { $set: { revokedAt: now } }, { returnDocument: 'after' })
      .lean<InvitationLean>();
    return record ? toInvitation(record) : null;
  }

  async listPendingForUser(userId: string): Promise<Invitation[]> {
    const records = await this.model
      .find({ userId: new Types.ObjectId(userId), usedAt: { $exists: false }, revokedAt: { $exists: false } })
      .lean<InvitationLean[]>();
    return records.map(toInvitation);
  }

  async listByOrganisation(organisationId: string): Promise<Invitation[]> {
    if (!Types.ObjectId.isValid(organisationId)) return [];
    const records = await this.model
      .find({ organisationId: new Types.ObjectId(organisationId) })
      .sort({ createdAt: -1, _id: -1 })
      .limit(500)
      .lean<InvitationLean[]>();
    return records.map(toInvitation);
  }

  /** Moves an invitation's expiry (support tooling, and tests of expiry without waiting a week). */
  async setExpiry(id: string, expiresAt: Date): Promise<void> {
    await this.model.updateOne({ _id: new Types.ObjectId(id) }, { $set: { expiresAt } });
  }
}
