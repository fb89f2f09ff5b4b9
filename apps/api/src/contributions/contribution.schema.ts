import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { CONFIDENCE_LEVELS, EVIDENCE_TYPES, LANGUAGES, SENSITIVITY_LEVELS } from '@hub/domain';
import type { ConfidenceLevel, EvidenceType, Language, SensitivityLevel } from '@hub/domain';
import { HydratedDocument, Types } from 'mongoose';
import { RevisionRecord, RevisionSchema, SearchSyncRecord, SearchSyncSchema } from '../content/revision';
import { REVIEW_STATES, type ReviewState } from '../content/review';

export const GATHERING_BASES = ['INFORMED_CONSENT', 'ANONYMISED_OR_AGGREGATED', 'PUBLIC_SOURCE'] as const;
export type GatheringBasis = (typeof GATHERING_BASES)[number];

export { REVIEW_STATES, type ReviewState } from '../content/review';

@Schema({ collection: 'contributions', timestamps: true })
export class ContributionRecord {
  @Prop({ type: Types.ObjectId, required: true })
  questionId!: Types.ObjectId;

  @Prop({ type: String, required: true })
  body!: string;

  @Prop({ type: [String], default: [] })
  places!: string[];

  @Prop({ type: [String], default: [] })
  placeScope!: string[];

  @Prop({ type: [String], default: [] })
  cohorts!: string[];

  @Prop({ type: Date })
  periodFrom?: Date;

  @Prop({ type: Date })
  periodTo?: Date;

  @Prop({ type: String, enum: EVIDENCE_TYPES, required: true })
  evidenceType!: EvidenceType;

  @Prop({ type: String, enum: CONFIDENCE_LEVELS, required: true })
  confidence!: ConfidenceLevel;

  /** How knowledge from people was gathered; required when the evidence comes from people. */
  @Prop({ type: String, enum: GATHERING_BASES })
  gatheringBasis?: GatheringBasis;

  @Prop({ type: [String], default: [] })
  tags!: string[];

  @Prop({ type: String, enum: LANGUAGES, required: true })
  language!: Language;

  @Prop({ type: String, enum: SENSITIVITY_LEVELS, required: true })
  sensitivity!: SensitivityLevel;

  @Prop({ type: [String], default: [] })
  accessSectors!: string[];

  @Prop({ type: [Types.ObjectId], default: [] })
  accessOrganisations!: Types.ObjectId[];

  @Prop({ type: [Types.ObjectId], default: [] })
  accessUsers!: Types.ObjectId[];

  /** Effective read tokens: never wider than the question's (see contribution-access.ts). */
  @Prop({ type: [String], required: true })
  readableBy!: string[];

  /** Shown to peers only as "organisation type + governorate". */
  @Prop({ type: Boolean, default: false })
  anonymous!: boolean;

  @Prop({ type: String })
  governorate?: string;

  /**
   * HELD: posted despite a personal-data warning, so visible only to its author and moderators
   * until a moderator approves it. The findings themselves are not stored (they are the data).
   */
  @Prop({ type: String, enum: REVIEW_STATES })
  review?: ReviewState;

  @Prop({ type: [String], default: [] })
  heldFor!: string[];

  /** The moderator's reason for the decision (shown to the author). */
  @Prop({ type: String })
  reviewReason?: string;

  @Prop({ type: Types.ObjectId, required: true })
  authorId!: Types.ObjectId;

  @Prop({ type: Types.ObjectId, required: true })
  organisationId!: Types.ObjectId;

  @Prop({ type: String, required: true })
  organisationType!: string;

  /** Voters are kept in the contribution so a vote and its count change in one atomic write. */
  @Prop({ type: [Types.ObjectId], default: [] })
  helpfulBy!: Types.ObjectId[];

  @Prop({ type: Number, default: 0 })
  helpfulCount!: number;

  @Prop({ type: [RevisionSchema], default: [] })
  revisions!: RevisionRecord[];

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

export type ContributionDocument = HydratedDocument<ContributionRecord>;
export const ContributionSchema = SchemaFactory.createForClass(ContributionRecord);
ContributionSchema.index({ questionId: 1, createdAt: 1 });
ContributionSchema.index({ expiresAt: 1 });
ContributionSchema.index({ readableBy: 1, createdAt: -1 });
ContributionSchema.index({ authorId: 1 });
ContributionSchema.index({ 'searchSync.pending': 1 });
