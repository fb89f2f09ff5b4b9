import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { HydratedDocument, Types } from 'mongoose';

/** An invitation to join an organisation: the invited user exists (INVITED) and this holds the link's hash. */
@Schema({ collection: 'invitations', timestamps: true })
export class InvitationRecord {
  /** SHA-256 of the token in the link; the token itself is never stored. */
  @Prop({ type: String, required: true })
  tokenHash!: string;

  @Prop({ type: Types.ObjectId, required: true })
  userId!: Types.ObjectId;

  @Prop({ type: Types.ObjectId, required: true })
  organisationId!: Types.ObjectId;

  @Prop({ type: Types.ObjectId, required: true })
  invitedBy!: Types.ObjectId;

  @Prop({ type: Date, required: true })
  expiresAt!: Date;

  @Prop({ type: Date })
  usedAt?: Date;

  @Prop({ type: Date })
  revokedAt?: Date;

  createdAt!: Date;
}

export type InvitationDocument = HydratedDocument<InvitationRecord>;
export const InvitationSchema = SchemaFactory.createForClass(InvitationRecord);
InvitationSchema.index({ tokenHash: 1 }, { unique: true });
InvitationSchema.index({ organisationId: 1 });
InvitationSchema.index({ userId: 1 });
