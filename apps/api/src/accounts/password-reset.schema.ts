import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { HydratedDocument, Types } from 'mongoose';

/** A pending password reset: the hash of the link's token, its expiry and whether it was used. */
@Schema({ collection: 'password_resets', timestamps: true })
export class PasswordResetRecord {
  @Prop({ type: String, required: true })
  tokenHash!: string;

  @Prop({ type: Types.ObjectId, required: true })
  userId!: Types.ObjectId;

  /** The admin who made the link to pass on; absent when the user asked for it themself. */
  @Prop({ type: Types.ObjectId })
  createdBy?: Types.ObjectId;

  @Prop({ type: Date, required: true })
  expiresAt!: Date;

  @Prop({ type: Date })
  usedAt?: Date;

  createdAt!: Date;
}

export type PasswordResetDocument = HydratedDocument<PasswordResetRecord>;
export const PasswordResetSchema = SchemaFactory.createForClass(PasswordResetRecord);
PasswordResetSchema.index({ tokenHash: 1 }, { unique: true });
PasswordResetSchema.index({ userId: 1 });
