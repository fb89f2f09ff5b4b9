import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { HydratedDocument, Types } from 'mongoose';

export const FOLLOW_KINDS = ['QUESTION', 'SECTOR', 'PLACE', 'TAG'] as const;
export type FollowKind = (typeof FOLLOW_KINDS)[number];

/**
 * The id says who follows what (`followId`), so "does this user follow these?" is a handful of
 * `_id` point reads, which FerretDB serves from its primary key, instead of a collection scan.
 */
export const followId = (userId: string, kind: FollowKind, key: string) => `${userId}:${kind}:${key}`;

@Schema({ collection: 'follows', timestamps: true })
export class FollowRecord {
  @Prop({ type: String })
  _id!: string;

  @Prop({ type: Types.ObjectId, required: true })
  userId!: Types.ObjectId;

  @Prop({ type: String, enum: FOLLOW_KINDS, required: true })
  kind!: FollowKind;

  /** A question id, sector code, place code or tag slug. */
  @Prop({ type: String, required: true })
  key!: string;

  createdAt!: Date;
}

export type FollowDocument = HydratedDocument<FollowRecord>;
export const FollowSchema = SchemaFactory.createForClass(FollowRecord);
// One follow per user and thing: following twice is a no-op, not a duplicate.
FollowSchema.index({ userId: 1, kind: 1, key: 1 }, { unique: true });
FollowSchema.index({ kind: 1, key: 1 });
