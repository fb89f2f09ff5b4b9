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

/**
 * Who follows one thing (`_id`: `<kind>:<key>`), for the notification fan-out: one point read
 * instead of a scan of every follow (FerretDB indexes only `_id`). A user is listed before their
 * follow is written and unlisted after it is deleted, and readers keep only users whose follow
 * exists, so a crash in between never notifies someone who does not follow.
 */
@Schema({ collection: 'follower_lists', timestamps: false, versionKey: false })
export class FollowerListRecord {
  @Prop({ type: String })
  _id!: string;

  @Prop({ type: [Types.ObjectId], default: [] })
  userIds!: Types.ObjectId[];
}

export const followerListId = (kind: FollowKind, key: string) => `${kind}:${key}`;
export const FollowerListSchema = SchemaFactory.createForClass(FollowerListRecord);
