import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

/** Names in the hub's three languages, embedded in every vocabulary record. */
@Schema({ _id: false })
export class LocalisedNamesRecord {
  @Prop({ type: String, required: true, trim: true })
  en!: string;

  @Prop({ type: String, required: true, trim: true })
  ar!: string;

  @Prop({ type: String, required: true, trim: true })
  fr!: string;
}

export const LocalisedNamesSchema = SchemaFactory.createForClass(LocalisedNamesRecord);
