import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { HydratedDocument, Types } from 'mongoose';

/** A signed-in device: holds the hash of its current refresh token (never the token). */
@Schema({ collection: 'sessions', timestamps: true })
export class SessionRecord {
  @Prop({ type: Types.ObjectId, required: true })
  userId!: Types.ObjectId;

  @Prop({ type: String, required: true })
  refreshHash!: string;

  /** The hash it replaced: presenting it again means a stolen token, and ends the session. */
  @Prop({ type: String })
  previousHash?: string;

  @Prop({ type: Date, required: true })
  expiresAt!: Date;

  @Prop({ type: Date })
  revokedAt?: Date;
}

export type SessionDocument = HydratedDocument<SessionRecord>;
export const SessionSchema = SchemaFactory.createForClass(SessionRecord);
SessionSchema.index({ userId: 1 });
