import type { QuestionStatus, SensitivityLevel } from '@hub/domain';
import type { ReviewState } from '../content/review';

export interface QuestionSource {
  assessment: string | null;
  year: number | null;
  indicator: string | null;
  url: string | null;
}

/** A research question as the services see it (plain data; revisions are loaded separately). */
export interface ResearchQuestion {
  id: string;
  title: string;
  body: string;
  purpose: string;
  source: QuestionSource;
  sectors: string[];
  places: string[];
  placeScope: string[];
  cohorts: string[];
  tags: string[];
  opensAt: Date | null;
  closesAt: Date | null;
  invitedOrganisations: string[];
  invitedSectors: string[];
  sensitivity: SensitivityLevel;
  accessSectors: string[];
  accessOrganisations: string[];
  accessUsers: string[];
  readableBy: string[];
  status: QuestionStatus;
  /** Personal-data review: HELD (author and moderators only), APPROVED, REJECTED; null when never held. */
  review: ReviewState | null;
  /** Kinds of personal data the author was warned about (never the values). */
  heldFor: string[];
  reviewReason: string | null;
  authorId: string;
  organisationId: string;
  organisationType: string;
  duplicateOf: string | null;
  related: string[];
  /** Derived lists, maintained by the repository and the search worker (see question.schema.ts). */
  contributionIds: string[];
  linkedFrom: string[];
  closedAt: Date | null;
  version: number;
  /** Retention (retention/): archived when it passes; archived items are readable by managers only. */
  expiresAt: Date | null;
  archivedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export const QUESTION_SORTS = ['NEWEST', 'OLDEST', 'CLOSING_SOON'] as const;
export type QuestionSort = (typeof QUESTION_SORTS)[number];

export interface QuestionFilter {
  sectors?: string[];
  /** Matches the place or any place inside it. */
  place?: string;
  cohorts?: string[];
  statuses?: QuestionStatus[];
  tags?: string[];
  organisationTypes?: string[];
  createdFrom?: Date;
  createdTo?: Date;
}

export interface Synthesis {
  questionId: string;
  version: number;
  body: string;
  citedContributions: string[];
  authorId: string;
  sensitivity: SensitivityLevel;
  readableBy: string[];
  publishedAt: Date;
  review: ReviewState | null;
  heldFor: string[];
  reviewReason: string | null;
}
