import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Types } from 'mongoose';

/** One edit of a question or contribution: who, when, and each field's value before and after. */
@Schema({ _id: false })
export class RevisionRecord {
  @Prop({ type: Date, required: true })
  at!: Date;

  @Prop({ type: Types.ObjectId, required: true })
  by!: Types.ObjectId;

  @Prop({ type: [{ field: String, before: String, after: String }], default: [] })
  changes!: Array<{ field: string; before: string; after: string }>;
}
export const RevisionSchema = SchemaFactory.createForClass(RevisionRecord);

export interface Revision {
  at: Date;
  by: string;
  changes: Array<{ field: string; before: string; after: string }>;
}

/** Field-by-field differences, with values rendered as text (lists joined) for the history view. */
export function diffFields(before: Record<string, unknown>, after: Record<string, unknown>): Revision['changes'] {
  const render = (value: unknown): string =>
    value === undefined || value === null ? '' : Array.isArray(value) ? value.join(', ') : value instanceof Date ? value.toISOString() : String(value);
  return Object.keys(after)
    .filter((field) => after[field] !== undefined && render(before[field]) !== render(after[field]))
    .map((field) => ({ field, before: render(before[field]), after: render(after[field]) }));
}

/**
 * Pending search-index work, written in the same document update as the change it describes, so
 * it can never be lost between two writes. The search sync worker clears it once indexed.
 */
@Schema({ _id: false })
export class SearchSyncRecord {
  @Prop({ type: Boolean, required: true })
  pending!: boolean;

  @Prop({ type: Date, required: true })
  since!: Date;

  @Prop({ type: Number, default: 0 })
  attempts!: number;

  @Prop({ type: Date })
  leaseUntil?: Date;
}
export const SearchSyncSchema = SchemaFactory.createForClass(SearchSyncRecord);

export function pendingSearchSync(now = new Date()) {
  return { pending: true, since: now, attempts: 0 };
}
