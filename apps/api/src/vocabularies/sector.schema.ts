import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { SENSITIVITY_LEVELS, type SensitivityLevel } from '@hub/domain';
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

  /** Applies to questions asked without a label; absent on older records (read as SECTOR_DEFAULT_SENSITIVITY). */
  @Prop({ type: String, enum: SENSITIVITY_LEVELS })
  defaultSensitivity?: SensitivityLevel;

  @Prop({ type: String, default: null })
  updatedBy!: string | null;
}

export const SectorSchema = SchemaFactory.createForClass(SectorRecord);
SectorSchema.index({ code: 1 }, { unique: true });
SectorSchema.index({ parentCode: 1 });
