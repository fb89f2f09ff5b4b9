import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Types } from 'mongoose';

/** The kind of data a pattern finds, as authors read it in their language. */
@Schema({ _id: false })
export class LocalisedLabelRecord {
  @Prop({ type: String, required: true })
  en!: string;

  @Prop({ type: String, required: true })
  ar!: string;

  @Prop({ type: String, required: true })
  fr!: string;
}
const LocalisedLabelSchema = SchemaFactory.createForClass(LocalisedLabelRecord);

/**
 * An admin-configured personal-data pattern (e.g. a partner's beneficiary card number), applied by
 * the detector with the built-in ones. Checked against catastrophic backtracking before it is saved.
 */
@Schema({ collection: 'personal_data_patterns', timestamps: true })
export class PersonalDataPatternRecord {
  @Prop({ type: String, required: true, unique: true })
  name!: string;

  /** A JavaScript regular expression source, matched against the digit-folded text. */
  @Prop({ type: String, required: true })
  pattern!: string;

  @Prop({ type: Boolean, default: false })
  caseInsensitive!: boolean;

  @Prop({ type: LocalisedLabelSchema, required: true })
  label!: LocalisedLabelRecord;

  @Prop({ type: Boolean, default: true })
  enabled!: boolean;

  @Prop({ type: Number, default: 1 })
  version!: number;

  @Prop({ type: Types.ObjectId, required: true })
  updatedBy!: Types.ObjectId;

  createdAt!: Date;
  updatedAt!: Date;
}

export const PersonalDataPatternSchema = SchemaFactory.createForClass(PersonalDataPatternRecord);
