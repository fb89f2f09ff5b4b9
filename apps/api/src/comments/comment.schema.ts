import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { HydratedDocument, Types } from 'mongoose';
import { REVIEW_STATES, type ReviewState } from '../content/review';

export const COMMENT_TARGETS = ['QUESTION', 'CONTRIBUTION'] as const;
export type CommentTarget = (typeof COMMENT_TARGETS)[number];

@Schema({ collection: 'comments', timestamps: true })
export class CommentRecord {
  @Prop({ type: String, enum: COMMENT_TARGETS, required: true })
  targetType!: CommentTarget;

  @Prop({ type: Types.ObjectId, required: true })
  targetId!: Types.ObjectId;

  @Prop({ type: Types.ObjectId, required: true })
  questionId!: Types.ObjectId;

  @Prop({ type: String, required: true })
  body!: string;

  @Prop({ type: Types.ObjectId, required: true })
  authorId!: Types.ObjectId;

  /** Copied from what it comments on: a comment is exactly as readable as its target. */
  @Prop({ type: [String], required: true })
  readableBy!: string[];

  /** Personal-data review (content/review.ts): a held comment is read by its author and moderators only. */
  @Prop({ type: String, enum: REVIEW_STATES })
  review?: ReviewState;

  @Prop({ type: [String], default: [] })
  heldFor!: string[];

  @Prop({ type: String })
  reviewReason?: string;

  createdAt!: Date;
}

export type CommentDocument = HydratedDocument<CommentRecord>;
export const CommentSchema = SchemaFactory.createForClass(CommentRecord);
CommentSchema.index({ targetId: 1, createdAt: 1 });
CommentSchema.index({ questionId: 1 });
