import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { LocalisedNamesRecord, LocalisedNamesSchema } from './localised-names.schema';

@Schema({ collection: 'cohorts', timestamps: true })
export class CohortRecord {
  @Prop({ type: String, required: true })
  code!: string;

  @Prop({ type: LocalisedNamesSchema, required: true })
  names!: LocalisedNamesRecord;

  @Prop({ type: [String], default: [] })
  aliases!: string[];

  @Prop({ type: Number, default: 1000 })
  order!: number;

  @Prop({ type: String, default: null })
  updatedBy!: string | null;
}

export const CohortSchema = SchemaFactory.createForClass(CohortRecord);
CohortSchema.index({ code: 1 }, { unique: true });
