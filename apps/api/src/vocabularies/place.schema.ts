import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { PLACE_LEVELS, type PlaceLevel } from './vocabularies.types';
import { LocalisedNamesRecord, LocalisedNamesSchema } from './localised-names.schema';

@Schema({ collection: 'places', timestamps: true })
export class PlaceRecord {
  /** P-code where one exists (OCHA common operational datasets). */
  @Prop({ type: String, required: true })
  code!: string;

  @Prop({ type: String, default: null })
  parentCode!: string | null;

  @Prop({ type: String, required: true, enum: PLACE_LEVELS })
  level!: PlaceLevel;

  @Prop({ type: LocalisedNamesSchema, required: true })
  names!: LocalisedNamesRecord;

  @Prop({ type: [String], default: [] })
  aliases!: string[];

  /** Root first; derived from parentCode, which is the source of truth (repaired at boot). */
  @Prop({ type: [String], default: [] })
  ancestors!: string[];

  /** Normalised names, aliases and their word runs, for prefix search in any language. */
  @Prop({ type: [String], default: [] })
  searchTerms!: string[];

  @Prop({ type: String, default: null })
  updatedBy!: string | null;
}

export const PlaceSchema = SchemaFactory.createForClass(PlaceRecord);
PlaceSchema.index({ code: 1 }, { unique: true });
PlaceSchema.index({ parentCode: 1 });
PlaceSchema.index({ ancestors: 1 });
PlaceSchema.index({ level: 1 });
PlaceSchema.index({ searchTerms: 1 });
