import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { LABELLED_TERM_KINDS, type LabelledTermKind } from './vocabularies.types';
import { LocalisedNamesRecord, LocalisedNamesSchema } from './localised-names.schema';

/** Labels of evidence types and organisation types (their codes are closed enums in @hub/domain). */
@Schema({ collection: 'vocabulary_labels', timestamps: true })
export class LabelledTermRecord {
  @Prop({ type: String, required: true, enum: LABELLED_TERM_KINDS })
  kind!: LabelledTermKind;

  @Prop({ type: String, required: true })
  code!: string;

  @Prop({ type: LocalisedNamesSchema, required: true })
  names!: LocalisedNamesRecord;

  @Prop({ type: String, default: null })
  updatedBy!: string | null;
}

export const LabelledTermSchema = SchemaFactory.createForClass(LabelledTermRecord);
LabelledTermSchema.index({ kind: 1, code: 1 }, { unique: true });
