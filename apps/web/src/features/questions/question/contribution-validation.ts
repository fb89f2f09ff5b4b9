import { LIMITS } from '@hub/domain';
import type { ConfidenceLevel, EvidenceType, GatheringBasis, Language, SensitivityLevel } from '../../../graphql/generated/graphql';

export interface ContributionDraft {
  body: string;
  places: string[];
  cohorts: string[];
  periodFrom: string;
  periodTo: string;
  evidenceType: EvidenceType | '';
  confidence: ConfidenceLevel | '';
  gatheringBasis: GatheringBasis | '';
  tags: string[];
  language: Language;
  sensitivity: SensitivityLevel;
  anonymous: boolean;
}

export type ContributionProblem =
  | 'bodyRequired'
  | 'bodyTooLong'
  | 'evidenceRequired'
  | 'confidenceRequired'
  | 'gatheringRequired'
  | 'periodOrder';

export type ContributionProblems = Partial<Record<keyof ContributionDraft, ContributionProblem>>;

/** Evidence that comes from people: the contributor says how it was gathered (consent, anonymised…). */
export const EVIDENCE_FROM_PEOPLE: ReadonlySet<string> = new Set<EvidenceType>([
  'FOCUS_GROUP_DISCUSSION',
  'KEY_INFORMANT_INTERVIEW',
  'HOUSEHOLD_VISITS',
]);

export function needsGatheringBasis(evidenceType: string): boolean {
  return EVIDENCE_FROM_PEOPLE.has(evidenceType);
}

export function validateContribution(draft: ContributionDraft): ContributionProblems {
  const problems: ContributionProblems = {};
  if (!draft.body.trim()) problems.body = 'bodyRequired';
  else if (draft.body.length > LIMITS.bodyMax) problems.body = 'bodyTooLong';
  if (!draft.evidenceType) problems.evidenceType = 'evidenceRequired';
  if (!draft.confidence) problems.confidence = 'confidenceRequired';
  if (draft.evidenceType && needsGatheringBasis(draft.evidenceType) && !draft.gatheringBasis) problems.gatheringBasis = 'gatheringRequired';
  if (draft.periodFrom && draft.periodTo && draft.periodTo < draft.periodFrom) problems.periodTo = 'periodOrder';
  return problems;
}

/** `2024-03-01` from a date input, as the API's DateTime (midnight UTC). */
export function dateInputToIso(value: string): string | undefined {
  return value ? `${value}T00:00:00.000Z` : undefined;
}
