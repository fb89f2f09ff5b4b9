import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Types } from 'mongoose';
import type { Language, OrganisationType, Role } from '@hub/domain';
import { User, UserCredentials } from './accounts.types';
import { escapeRegex } from '../vocabularies/vocabulary-keys';
import { isDuplicateKeyError } from './duplicate-key';
import { UserRecord, UserStatus } from './user.schema';
import * as byId from '../database/by-id-queries';
import { validObjectIds } from '../common/object-ids';

type UserLean = UserRecord & { _id: Types.ObjectId };

/** What an erased user's name becomes; clients show "former member of <organisation type>" (UserSummary.former). */
export const ERASED_DISPLAY_NAME = 'Former member';

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

function toCredentials(record: UserLean): UserCredentials {
  return {
    user: toUser(record),
    passwordHash: record.passwordHash ?? null,
    failedSignIns: record.failedSignIns ?? 0,
    lockedUntil: record.lockedUntil ?? null,
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

export interface ProfilePatch {
  displayName?: string;
  language?: Language;
  sectors?: string[];
}

export interface MemberPage {
  users: User[];
  totalCount: number;
  hasNextPage: boolean;
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
    const records = await byId.findByIds<UserRecord, UserLean>(this.model, validObjectIds(ids), {});
    return records.map(toUser);
  }

  async findByEmail(email: string): Promise<User | null> {
    const record = await this.model.findOne({ email: email.trim().toLowerCase() }).lean<UserLean>();
    return record ? toUser(record) : null;
  }

  async credentialsByEmail(email: string): Promise<UserCredentials | null> {
    const record = await this.model.findOne({ email: email.trim().toLowerCase() }).lean<UserLean>();
    return record ? toCredentials(record) : null;
  }

  async credentialsById(id: string): Promise<UserCredentials | null> {
    if (!Types.ObjectId.isValid(id)) return null;
    const record = await this.model.findById(id).lean<UserLean>();
    return record ? toCredentials(record) : null;
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

  /** Active members of the organisations or working in the sectors (notification fan-out, a background job). */
  async activeIn(organisationIds: readonly string[], sectors: readonly string[]): Promise<User[]> {
    const or = [
      ...(organisationIds.length ? [{ organisationId: { $in: organisationIds.filter((id) => Types.ObjectId.isValid(id)).map((id) => new Types.ObjectId(id)) } }] : []),
      ...(sectors.length ? [{ sectors: { $in: [...sectors] } }, { leadSectors: { $in: [...sectors] } }] : []),
    ];
    if (!or.length) return [];
    const records = await this.model.find({ status: 'ACTIVE', $or: or }).lean<UserLean[]>();
    return records.map(toUser);
  }

  async count(filter: { roles?: Role }): Promise<number> {
    return this.model.countDocuments(filter.roles ? { roles: filter.roles } : {});
  }

  /** Creates the user unless the e-mail is taken (the unique index decides, so racing inserts are safe). */
  async insertUnique(input: NewUser): Promise<User | null> {
    try {
      return await this.create(input);
    } catch (error) {
      if (isDuplicateKeyError(error)) return null;
      throw error;
    }
  }

  /** INVITED → ACTIVE with a password, only if still INVITED. */
  async activateInvited(id: string, passwordHash: string, displayName?: string): Promise<User | null> {
    const record = await this.model
      .findOneAndUpdate(
        { _id: new Types.ObjectId(id), status: 'INVITED' },
        { $set: { status: 'ACTIVE', passwordHash, failedSignIns: 0, ...(displayName ? { displayName } : {}) }, $unset: { lockedUntil: 1 } },
        { returnDocument: 'after' },
      )
      .lean<UserLean>();
    return record ? toUser(record) : null;
  }

  /** Sets a new password for an active user and lifts any sign-in lockout. */
  async setPassword(id: string, passwordHash: string): Promise<boolean> {
    const result = await this.model.updateOne(
      { _id: new Types.ObjectId(id), status: 'ACTIVE' },
      { $set: { passwordHash, failedSignIns: 0 }, $unset: { lockedUntil: 1 } },
    );
    return result.modifiedCount === 1;
  }

  /** Replaces the roles only if they are still those the caller decided on (optimistic concurrency). */
  async replaceRoles(id: string, expected: readonly Role[], roles: Role[], leadSectors: string[]): Promise<User | null> {
    const record = await this.model
      .findOneAndUpdate({ _id: new Types.ObjectId(id), roles: [...expected] }, { $set: { roles, leadSectors } }, { returnDocument: 'after' })
      .lean<UserLean>();
    return record ? toUser(record) : null;
  }

  async setStatus(id: string, from: UserStatus, to: UserStatus): Promise<User | null> {
    const record = await this.model
      .findOneAndUpdate({ _id: new Types.ObjectId(id), status: from }, { $set: { status: to } }, { returnDocument: 'after' })
      .lean<UserLean>();
    return record ? toUser(record) : null;
  }

  async updateProfile(id: string, patch: ProfilePatch): Promise<User | null> {
    const record = await this.model
      .findOneAndUpdate({ _id: new Types.ObjectId(id), status: 'ACTIVE' }, { $set: patch }, { returnDocument: 'after' })
      .lean<UserLean>();
    return record ? toUser(record) : null;
  }

  /**
   * Erasure: removes the personal fields and keeps the user record, so content stays attributed
   * to "former member of <organisation type>". The e-mail becomes a unique placeholder because
   * FerretDB has no partial indexes (every user keeps a unique e-mail value).
   */
  async erase(id: string): Promise<User | null> {
    const record = await this.model
      .findOneAndUpdate(
        { _id: new Types.ObjectId(id), status: { $ne: 'ERASED' } },
        {
          $set: { email: `erased-${id}@erased.invalid`, displayName: ERASED_DISPLAY_NAME, status: 'ERASED', roles: [], leadSectors: [], sectors: [], failedSignIns: 0 },
          $unset: { passwordHash: 1, lockedUntil: 1 },
        },
        { returnDocument: 'after' },
      )
      .lean<UserLean>();
    return record ? toUser(record) : null;
  }

  async countActivePlatformAdmins(): Promise<number> {
    return this.model.countDocuments({ roles: 'PLATFORM_ADMIN', status: 'ACTIVE' });
  }

  /** Removes a user who never accepted their invitation (frees the e-mail for a new invitation). */
  async deleteInvited(id: string): Promise<boolean> {
    const result = await this.model.deleteOne({ _id: new Types.ObjectId(id), status: 'INVITED' });
    return result.deletedCount === 1;
  }

  /** Keeps the denormalised organisation type in step (one atomic write per user). */
  async setOrganisationType(organisationId: string, type: OrganisationType): Promise<void> {
    await this.model.updateMany({ organisationId: new Types.ObjectId(organisationId) }, { $set: { organisationType: type } });
  }

  /** Members of an organisation by display name, then id; `after` is the last position seen. */
  async pageByOrganisation(
    organisationId: string,
    options: { statuses: readonly UserStatus[]; first: number; after?: { displayName: string; id: string } },
  ): Promise<MemberPage> {
    if (!Types.ObjectId.isValid(organisationId)) return { users: [], totalCount: 0, hasNextPage: false };
    return this.page({ organisationId, statuses: options.statuses }, options);
  }

  /**
   * Users by display name, then id, optionally in one organisation and matching `text` in the
   * name or e-mail (any part, case-insensitive). A scan on FerretDB: for admin pages only.
   */
  async page(
    filter: { organisationId?: string; statuses: readonly UserStatus[]; text?: string },
    options: { first: number; after?: { displayName: string; id: string } },
  ): Promise<MemberPage> {
    const text = filter.text?.trim();
    const pattern = text ? new RegExp(escapeRegex(text), 'i') : null;
    const scope = {
      ...(filter.organisationId ? { organisationId: new Types.ObjectId(filter.organisationId) } : {}),
      status: { $in: [...filter.statuses] },
      ...(pattern ? { $or: [{ displayName: pattern }, { email: pattern }] } : {}),
    };
    const after = options.after;
    const position = after
      ? { $or: [{ displayName: { $gt: after.displayName } }, { displayName: after.displayName, _id: { $gt: new Types.ObjectId(after.id) } }] }
      : {};
    const [records, totalCount] = await Promise.all([
      this.model
        .find(after && pattern ? { $and: [scope, position] } : { ...scope, ...position })
        .sort({ displayName: 1, _id: 1 })
        .limit(options.first + 1)
        .lean<UserLean[]>(),
      this.model.countDocuments(scope),
    ]);
    return { users: records.slice(0, options.first).map(toUser), totalCount, hasNextPage: records.length > options.first };
  }
}
