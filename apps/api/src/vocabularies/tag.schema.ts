import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

@Schema({ collection: 'tags', timestamps: true })
export class TagRecord {
  @Prop({ type: String, required: true })
  slug!: string;

  @Prop({ type: String, required: true, trim: true })
  label!: string;

  @Prop({ type: [String], default: [] })
  synonyms!: string[];

  /** Normalised label, slug and synonyms: how a typed tag finds this one. */
  @Prop({ type: [String], default: [] })
  terms!: string[];

  /** Set once merged: the tag now stands for its target (the record of the merge). */
  @Prop({ type: String, default: null })
  mergedInto!: string | null;

  @Prop({ type: Date, default: null })
  mergedAt!: Date | null;

  @Prop({ type: String, default: null })
  mergedBy!: string | null;

  @Prop({ type: String, default: null })
  updatedBy!: string | null;

  createdAt!: Date;
}

export const TagSchema = SchemaFactory.createForClass(TagRecord);
TagSchema.index({ slug: 1 }, { unique: true });
TagSchema.index({ terms: 1 });
TagSchema.index({ mergedInto: 1 });
