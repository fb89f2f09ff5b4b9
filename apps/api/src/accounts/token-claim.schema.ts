import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { HydratedDocument } from 'mongoose';

/** Proof that a one-time link (invitation, password reset) was used or withdrawn: its `_id` is the link's key. */
@Schema({ collection: 'token_claims', versionKey: false })
export class TokenClaimRecord {
  @Prop({ type: String, required: true })
  _id!: string;

  @Prop({ type: Date, required: true })
  claimedAt!: Date;
}

export type TokenClaimDocument = HydratedDocument<TokenClaimRecord>;
export const TokenClaimSchema = SchemaFactory.createForClass(TokenClaimRecord);
