import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { HydratedDocument, Types } from 'mongoose';

@Schema({ _id: false, versionKey: false })
export class CommentThreadEntry {
  /** The question or contribution commented on. */
  @Prop({ type: Types.ObjectId, required: true })
  target!: Types.ObjectId;

  @Prop({ type: Types.ObjectId, required: true })
  comment!: Types.ObjectId;
}

const CommentThreadEntrySchema = SchemaFactory.createForClass(CommentThreadEntry);

/**
 * Every comment on a question and on its contributions, listed under the question's id. FerretDB
 * serves only `_id` equality from an index, so a question page reads one thread (a point read)
 * instead of scanning the comments collection. An entry is listed before its comment is inserted:
 * a crash in between leaves an entry that resolves to nothing, never a hidden comment.
 */
@Schema({ collection: 'question_comment_threads', timestamps: false, versionKey: false })
export class CommentThreadRecord {
  @Prop({ type: Types.ObjectId })
  _id!: Types.ObjectId;

  @Prop({ type: [CommentThreadEntrySchema], default: [] })
  entries!: CommentThreadEntry[];
}

export type CommentThreadDocument = HydratedDocument<CommentThreadRecord>;
export const CommentThreadSchema = SchemaFactory.createForClass(CommentThreadRecord);
