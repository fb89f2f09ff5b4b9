import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { LANGUAGES, type Language } from '@hub/domain';
import { Types } from 'mongoose';
import { EXPORT_FORMATS, type ExportFormat } from './export-formats';

export const EXPORT_KINDS = ['QUESTION', 'SEARCH'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export const EXPORT_STATUSES = ['QUEUED', 'RUNNING', 'DONE', 'FAILED'] as const;
export type ExportStatus = (typeof EXPORT_STATUSES)[number];

/**
 * One export: what was asked, by whom, and how far it got. The file itself lives in
 * `export_chunks` (export-chunk.schema.ts). Jobs are read and written by `_id`, which FerretDB
 * serves from its primary key; only the worker's look for queued jobs scans (a small collection,
 * off the request path).
 */
@Schema({ collection: 'export_jobs', timestamps: true, versionKey: false })
export class ExportJobRecord {
  @Prop({ type: Types.ObjectId, required: true })
  requesterId!: Types.ObjectId;

  @Prop({ type: String, enum: EXPORT_KINDS, required: true })
  kind!: ExportKind;

  @Prop({ type: String, enum: EXPORT_FORMATS, required: true })
  format!: ExportFormat;

  @Prop({ type: String, enum: LANGUAGES, required: true })
  language!: Language;

  /** QUESTION: { questionId }; SEARCH: { text, filters, sort } (the search page's URL state). */
  @Prop({ type: Object, required: true })
  source!: Record<string, unknown>;

  @Prop({ type: String, enum: EXPORT_STATUSES, required: true })
  status!: ExportStatus;

  /** Items written so far, of `total` (known once the job starts). */
  @Prop({ type: Number, default: 0 })
  done!: number;

  @Prop({ type: Number, default: 0 })
  total!: number;

  /** Rows in the finished file. */
  @Prop({ type: Number, default: null })
  rows!: number | null;

  /** Which run holds the job; a stalled run is replaced by the next attempt (a new lease key). */
  @Prop({ type: Number, default: 1 })
  attempt!: number;

  @Prop({ type: Date, default: null })
  heartbeatAt!: Date | null;

  @Prop({ type: String, default: null })
  fileName!: string | null;

  @Prop({ type: Number, default: 0 })
  size!: number;

  @Prop({ type: Number, default: 0 })
  chunks!: number;

  @Prop({ type: String, default: null })
  error!: string | null;

  /** The file is deleted and the download refused after this. */
  @Prop({ type: Date, required: true })
  expiresAt!: Date;

  createdAt!: Date;
  updatedAt!: Date;
}

export const ExportJobSchema = SchemaFactory.createForClass(ExportJobRecord);
ExportJobSchema.index({ status: 1, createdAt: 1 });
ExportJobSchema.index({ requesterId: 1, createdAt: -1 });
ExportJobSchema.index({ expiresAt: 1 });

/**
 * A piece of an export file, `_id` `<jobId>:<n>`: the download reads the pieces by `_id`
 * equality, which FerretDB serves from its primary key. Chosen over GridFS (not in FerretDB 1.x)
 * and over files under HUB_DATA_DIR (another API instance, or a container without a volume,
 * could not serve them): the database is the one store every instance shares.
 */
@Schema({ collection: 'export_chunks', versionKey: false })
export class ExportChunkRecord {
  @Prop({ type: String, required: true })
  _id!: string;

  @Prop({ type: Types.ObjectId, required: true })
  jobId!: Types.ObjectId;

  @Prop({ type: Buffer, required: true })
  data!: Buffer;
}

export const ExportChunkSchema = SchemaFactory.createForClass(ExportChunkRecord);
ExportChunkSchema.index({ jobId: 1 });
export const chunkId = (jobId: string, n: number) => `${jobId}:${n}`;

/**
 * Who runs an attempt of a job: `_id` `<jobId>:<attempt>`. Taking it is an insert that the unique
 * `_id` lets succeed once across every API instance (conditional updates are not atomic on
 * FerretDB 1.x, unique inserts are; see accounts/token-claim.schema.ts), so no job is produced twice.
 */
@Schema({ collection: 'export_claims', versionKey: false })
export class ExportClaimRecord {
  @Prop({ type: String, required: true })
  _id!: string;

  @Prop({ type: String, required: true })
  holder!: string;

  @Prop({ type: Date, required: true })
  claimedAt!: Date;
}

export const ExportClaimSchema = SchemaFactory.createForClass(ExportClaimRecord);
