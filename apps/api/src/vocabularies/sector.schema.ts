import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { LocalisedNamesRecord, LocalisedNamesSchema } from './localised-names.schema';

@Schema({ collection: 'sectors', timestamps: true })
export class SectorRecord {
  @Prop({ type: String, required: true })
  code!: string;

  /** Set for sub-sectors; sectors are two levels deep at most. */
  @Prop({ type: String, default: null })
  parentCode!: string | null;

  @Prop({ type: LocalisedNamesSchema, required: true })
  names!: LocalisedNamesRecord;

  @Prop({ type: [String], default: [] })
  aliases!: string[];

  /** Display order; seeded entries keep the plan's order, new ones come after. */
  @Prop({ type: Number, default: 1000 })
  order!: number;

  @Prop({ type: String, default: null })
  updatedBy!: string | null;
}

export const SectorSchema = SchemaFactory.createForClass(SectorRecord);
SectorSchema.index({ code: 1 }, { unique: true });
SectorSchema.index({ parentCode: 1 });
