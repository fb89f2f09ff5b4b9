import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { ORGANISATION_TYPES, type OrganisationType } from '@hub/domain';
import { HydratedDocument } from 'mongoose';

@Schema({ collection: 'organisations', timestamps: true })
export class OrganisationRecord {
  @Prop({ type: String, required: true, trim: true })
  name!: string;

  @Prop({ type: String, trim: true })
  acronym?: string;

  @Prop({ type: String, required: true, enum: ORGANISATION_TYPES })
  type!: OrganisationType;

  createdAt!: Date;
}

export type OrganisationDocument = HydratedDocument<OrganisationRecord>;
export const OrganisationSchema = SchemaFactory.createForClass(OrganisationRecord);
OrganisationSchema.index({ name: 1 }, { unique: true });
