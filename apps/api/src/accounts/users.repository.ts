import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Types } from 'mongoose';
import type { Language, OrganisationType, Role } from '@hub/domain';
import { User, UserCredentials } from './accounts.types';
import { UserRecord, UserStatus } from './user.schema';

type UserLean = UserRecord & { _id: Types.ObjectId };

function toUser(record: UserLean): User {
  return {
    id: record._id.toHexString(),
    email: record.status === 'ERASED' ? null : record.email,
    displayName: record.displayName,
    organisationId: record.organisationId.toHexString(),
    organisationType: record.organisationType,
    roles: record.roles,
    leadSectors: record.leadSectors,
    sectors: record.sectors,
    language: record.language,
    status: record.status,
    createdAt: record.createdAt,
  };
}

export interface NewUser {
  email: string;
  displayName: string;
  organisationId: string;
  organisationType: OrganisationType;
  roles: Role[];
  leadSectors?: string[];
  sectors?: string[];
  language?: Language;
  status: UserStatus;
  passwordHash?: string;
}

@Injectable()
export class UsersRepository implements OnModuleInit {
  constructor(@InjectModel(UserRecord.name) private readonly model: Model<UserRecord>) {}

  async onModuleInit(): Promise<void> {
    await this.model.createIndexes();
  }

  async create(input: NewUser): Promise<User> {
    const created = await this.model.create({ ...input, organisationId: new Types.ObjectId(input.organisationId) });
    return toUser(created.toObject());
  }

  async findById(id: string): Promise<User | null> {
    if (!Types.ObjectId.isValid(id)) return null;
    const record = await this.model.findById(id).lean<UserLean>();
    return record ? toUser(record) : null;
  }

  async findByIds(ids: readonly string[]): Promise<User[]> {
    const valid = ids.filter((id) => Types.ObjectId.isValid(id));
    const records = await this.model.find({ _id: { $in: valid } }).lean<UserLean[]>();
    return records.map(toUser);
  }

  async findByEmail(email: string): Promise<User | null> {
    const record = await this.model.findOne({ email: email.trim().toLowerCase() }).lean<UserLean>();
    return record ? toUser(record) : null;
  }

  async credentialsByEmail(email: string): Promise<UserCredentials | null> {
    const record = await this.model.findOne({ email: email.trim().toLowerCase() }).lean<UserLean>();
    if (!record) return null;
    return {
      user: toUser(record),
      passwordHash: record.passwordHash ?? null,
      failedSignIns: record.failedSignIns ?? 0,
      lockedUntil: record.lockedUntil ?? null,
    };
  }

  /** Counts a failed sign-in atomically and locks the account once `lockAfter` is reached. */
  async recordFailedSignIn(id: string, lockAfter: number, lockUntil: Date): Promise<number> {
    const updated = await this.model
      .findByIdAndUpdate(id, { $inc: { failedSignIns: 1 } }, { returnDocument: 'after' })
      .lean<UserLean>();
    const failures = updated?.failedSignIns ?? 0;
    if (failures >= lockAfter) await this.model.updateOne({ _id: id }, { $set: { lockedUntil: lockUntil } });
    return failures;
  }

  async recordSuccessfulSignIn(id: string): Promise<void> {
    await this.model.updateOne({ _id: id }, { $set: { failedSignIns: 0 }, $unset: { lockedUntil: 1 } });
  }

  async listByOrganisation(organisationId: string): Promise<User[]> {
    if (!Types.ObjectId.isValid(organisationId)) return [];
    const records = await this.model.find({ organisationId: new Types.ObjectId(organisationId) }).sort({ displayName: 1 }).lean<UserLean[]>();
    return records.map(toUser);
  }

  async count(filter: { roles?: Role }): Promise<number> {
    return this.model.countDocuments(filter.roles ? { roles: filter.roles } : {});
  }
}
