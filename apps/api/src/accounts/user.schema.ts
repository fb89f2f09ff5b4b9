import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { LANGUAGES, ORGANISATION_TYPES, ROLES, type Language, type OrganisationType, type Role } from '@hub/domain';
import { HydratedDocument, Types } from 'mongoose';

/** INVITED until the invitee sets a password; DEACTIVATED by an admin (keeps content, cannot sign in). */
export const USER_STATUSES = ['INVITED', 'ACTIVE', 'DEACTIVATED', 'ERASED'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

@Schema({ collection: 'users', timestamps: true })
export class UserRecord {
  /** Lower-cased; unique. Erasure replaces it with a placeholder that is unique too. */
  @Prop({ type: String, required: true, trim: true, lowercase: true })
  email!: string;

  @Prop({ type: String, required: true, trim: true })
  displayName!: string;

  @Prop({ type: Types.ObjectId, required: true })
  organisationId!: Types.ObjectId;

  /** Denormalised from the organisation so that every request resolves its actor in one read. */
  @Prop({ type: String, required: true, enum: ORGANISATION_TYPES })
  organisationType!: OrganisationType;

  @Prop({ type: [String], enum: ROLES, default: [] })
  roles!: Role[];

  @Prop({ type: [String], default: [] })
  leadSectors!: string[];

  @Prop({ type: [String], default: [] })
  sectors!: string[];

  @Prop({ type: String, enum: LANGUAGES, default: 'en' })
  language!: Language;

  @Prop({ type: String, enum: USER_STATUSES, default: 'ACTIVE' })
  status!: UserStatus;

  /** argon2id; absent until an invited user sets a password. */
  @Prop({ type: String })
  passwordHash?: string;

  @Prop({ type: Number, default: 0 })
  failedSignIns!: number;

  @Prop({ type: Date })
  lockedUntil?: Date;

  createdAt!: Date;
}

export type UserDocument = HydratedDocument<UserRecord>;
export const UserSchema = SchemaFactory.createForClass(UserRecord);
// FerretDB has no partial indexes, so every user keeps a (unique) e-mail value.
UserSchema.index({ email: 1 }, { unique: true });
UserSchema.index({ organisationId: 1 });
