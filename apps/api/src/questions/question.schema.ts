import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { QUESTION_STATUSES, SENSITIVITY_LEVELS, type QuestionStatus, type SensitivityLevel } from '@hub/domain';
import { HydratedDocument, Types } from 'mongoose';
import { RevisionRecord, RevisionSchema, SearchSyncRecord, SearchSyncSchema } from '../content/revision';
import { REVIEW_STATES, type ReviewState } from '../content/review';

@Schema({ _id: false })
export class QuestionSourceRecord {
  @Prop({ type: String })
  assessment?: string;

  @Prop({ type: Number })
  year?: number;

  @Prop({ type: String })
  indicator?: string;

  @Prop({ type: String })
  url?: string;
}
const QuestionSourceSchema = SchemaFactory.createForClass(QuestionSourceRecord);

/** One published version of a question's synthesis; versions are appended, never replaced. */
@Schema({ _id: false })
export class SynthesisRecord {
  @Prop({ type: Number, required: true })
  version!: number;

  @Prop({ type: String, required: true })
  body!: string;

  @Prop({ type: [Types.ObjectId], default: [] })
  citedContributions!: Types.ObjectId[];

  @Prop({ type: Types.ObjectId, required: true })
  authorId!: Types.ObjectId;

  @Prop({ type: String, enum: SENSITIVITY_LEVELS, required: true })
  sensitivity!: SensitivityLevel;

  @Prop({ type: [String], required: true })
  readableBy!: string[];

  @Prop({ type: Date, required: true })
  publishedAt!: Date;

  /** Personal-data review (content/review.ts): a held version is read by its author and moderators only. */
  @Prop({ type: String, enum: REVIEW_STATES })
  review?: ReviewState;

  @Prop({ type: [String], default: [] })
  heldFor!: string[];

  @Prop({ type: String })
  reviewReason?: string;
}
const SynthesisSchema = SchemaFactory.createForClass(SynthesisRecord);

@Schema({ collection: 'questions', timestamps: true })
export class QuestionRecord {
  @Prop({ type: String, required: true })
  title!: string;

  @Prop({ type: String, required: true })
  body!: string;

  @Prop({ type: String, required: true })
  purpose!: string;

  @Prop({ type: QuestionSourceSchema, default: {} })
  source!: QuestionSourceRecord;

  @Prop({ type: [String], default: [] })
  sectors!: string[];

  @Prop({ type: [String], default: [] })
  places!: string[];

  /** The places and all their ancestors: "in Akkar governorate" finds district-level questions. */
  @Prop({ type: [String], default: [] })
  placeScope!: string[];

  @Prop({ type: [String], default: [] })
  cohorts!: string[];

  @Prop({ type: [String], default: [] })
  tags!: string[];

  @Prop({ type: Date })
  opensAt?: Date;

  @Prop({ type: Date })
  closesAt?: Date;

  @Prop({ type: [Types.ObjectId], default: [] })
  invitedOrganisations!: Types.ObjectId[];

  @Prop({ type: [String], default: [] })
  invitedSectors!: string[];

  @Prop({ type: String, enum: SENSITIVITY_LEVELS, required: true })
  sensitivity!: SensitivityLevel;

  /** Confidential: sectors and organisations that may read; strictly confidential: named users. */
  @Prop({ type: [String], default: [] })
  accessSectors!: string[];

  @Prop({ type: [Types.ObjectId], default: [] })
  accessOrganisations!: Types.ObjectId[];

  @Prop({ type: [Types.ObjectId], default: [] })
  accessUsers!: Types.ObjectId[];

  /** Read tokens (auth/read-access.ts); every read path filters on this one field. */
  @Prop({ type: [String], required: true })
  readableBy!: string[];

  @Prop({ type: String, enum: QUESTION_STATUSES, required: true })
  status!: QuestionStatus;

  /** Personal-data review (content/review.ts): HELD questions are read by their author and moderators only. */
  @Prop({ type: String, enum: REVIEW_STATES })
  review?: ReviewState;

  /** Kinds of personal data the author was warned about (never the values). */
  @Prop({ type: [String], default: [] })
  heldFor!: string[];

  @Prop({ type: String })
  reviewReason?: string;

  @Prop({ type: Types.ObjectId, required: true })
  authorId!: Types.ObjectId;

  @Prop({ type: Types.ObjectId, required: true })
  organisationId!: Types.ObjectId;

  @Prop({ type: String, required: true })
  organisationType!: string;

  @Prop({ type: Types.ObjectId })
  duplicateOf?: Types.ObjectId;

  @Prop({ type: [Types.ObjectId], default: [] })
  related!: Types.ObjectId[];

  /**
   * This question's contributions, in the order they came. Derived from the contributions (each
   * names its question): added right after a contribution is saved, and re-checked by the search
   * worker from the contribution's outbox entry, so a crash in between heals. It lets FerretDB serve
   * a question's contributions by `_id` instead of scanning the collection (by-id-queries.ts).
   */
  @Prop({ type: [Types.ObjectId], default: [] })
  contributionIds!: Types.ObjectId[];

  /** Questions whose `related` lists this one (the reverse links), kept the same way. */
  @Prop({ type: [Types.ObjectId], default: [] })
  linkedFrom!: Types.ObjectId[];

  @Prop({ type: Date, required: true })
  lastActivityAt!: Date;

  @Prop({ type: Date })
  closedAt?: Date;

  @Prop({ type: [RevisionSchema], default: [] })
  revisions!: RevisionRecord[];

  /** Stored in the question so that publishing (and closing with it) is one atomic write. */
  @Prop({ type: [SynthesisSchema], default: [] })
  syntheses!: SynthesisRecord[];

  /** Increases with every change; search reconciliation compares it with the index. */
  @Prop({ type: Number, default: 1 })
  version!: number;

  @Prop({ type: SearchSyncSchema })
  searchSync?: SearchSyncRecord;

  /** Retention: when this passes, the scheduled job archives the item (retention/). */
  @Prop({ type: Date })
  expiresAt?: Date;

  /** Set by the retention job; archived items are readable by managers only. */
  @Prop({ type: Date })
  archivedAt?: Date;

  createdAt!: Date;
  updatedAt!: Date;
}

export type QuestionDocument = HydratedDocument<QuestionRecord>;
export const QuestionSchema = SchemaFactory.createForClass(QuestionRecord);
QuestionSchema.index({ readableBy: 1, createdAt: -1 });
QuestionSchema.index({ sectors: 1 });
QuestionSchema.index({ placeScope: 1 });
QuestionSchema.index({ status: 1 });
QuestionSchema.index({ expiresAt: 1 });
QuestionSchema.index({ 'searchSync.pending': 1 });
