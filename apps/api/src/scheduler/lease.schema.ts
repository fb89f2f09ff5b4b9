import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

/**
 * One run of a scheduled job in one time window. The `_id` is `<job>:<window start>`, so taking a
 * lease is a plain insert that the unique `_id` index lets succeed only once across every API
 * instance — conditional updates are not atomic on FerretDB, unique inserts are.
 */
@Schema({ collection: 'leases', versionKey: false })
export class LeaseRecord {
  @Prop({ type: String, required: true })
  _id!: string;

  @Prop({ type: String, required: true })
  job!: string;

  /** Which process took it (host and pid), for operators reading the collection. */
  @Prop({ type: String, required: true })
  holder!: string;

  @Prop({ type: Date, required: true })
  acquiredAt!: Date;
}

export const LeaseSchema = SchemaFactory.createForClass(LeaseRecord);
LeaseSchema.index({ job: 1, acquiredAt: -1 });
