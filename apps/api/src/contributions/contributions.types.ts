import type { ConfidenceLevel, EvidenceType, Language, SensitivityLevel } from '@hub/domain';
import type { GatheringBasis, ReviewState } from './contribution.schema';

export interface Contribution {
  id: string;
  questionId: string;
  body: string;
  places: string[];
  placeScope: string[];
  cohorts: string[];
  periodFrom: Date | null;
  periodTo: Date | null;
  evidenceType: EvidenceType;
  confidence: ConfidenceLevel;
  gatheringBasis: GatheringBasis | null;
  tags: string[];
  language: Language;
  sensitivity: SensitivityLevel;
  accessSectors: string[];
  accessOrganisations: string[];
  accessUsers: string[];
  readableBy: string[];
  anonymous: boolean;
  governorate: string | null;
  review: ReviewState | null;
  /** Kinds of personal data the author was warned about before posting (never the values). */
  heldFor: string[];
  /** The moderator's reason for the review decision. */
  reviewReason: string | null;
  authorId: string;
  organisationId: string;
  organisationType: string;
  helpfulBy: string[];
  helpfulCount: number;
  version: number;
  /** Retention (retention/): archived when it passes; archived items are readable by managers only. */
  expiresAt: Date | null;
  archivedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}
