import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { HydratedDocument, Types } from 'mongoose';

/**
 * The ids of the comments on one question or contribution, keyed by its id. FerretDB serves only
 * `_id` equality from an index, so a page reads a target's comments through this list (point
 * reads) instead of scanning the comments collection. The id is listed before the comment is
 * inserted: a crash in between leaves an id that resolves to nothing, never a hidden comment.
 */
@Schema({ collection: 'comment_threads', timestamps: false, versionKey: false })
export class CommentThreadRecord {
  @Prop({ type: Types.ObjectId })
  _id!: Types.ObjectId;

  @Prop({ type: [Types.ObjectId], default: [] })
  commentIds!: Types.ObjectId[];
}

export type CommentThreadDocument = HydratedDocument<CommentThreadRecord>;
export const CommentThreadSchema = SchemaFactory.createForClass(CommentThreadRecord);
