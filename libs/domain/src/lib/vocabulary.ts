/** Closed vocabularies shared by the API and the web app. Open vocabularies (sectors, places,
 * cohorts, tags) are data in the database, seeded from DOMAIN.md. */
export const ORGANISATION_TYPES = [
  'UN_AGENCY',
  'INTERNATIONAL_NGO',
  'NATIONAL_NGO',
  'GOVERNMENT',
  'ACADEMIA',
  'DONOR',
  'OTHER',
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export const EVIDENCE_TYPES = [
  'DIRECT_OBSERVATION',
  'FOCUS_GROUP_DISCUSSION',
  'KEY_INFORMANT_INTERVIEW',
  'HOUSEHOLD_VISITS',
  'OWN_SURVEY_DATA',
  'SECONDARY_SOURCE',
  'EXPERT_OPINION',
] as const;
export type EvidenceType = (typeof EVIDENCE_TYPES)[number];

/** Evidence that comes from people, so the contribution must record how it was gathered. */
export const EVIDENCE_FROM_PEOPLE: readonly EvidenceType[] = [
  'FOCUS_GROUP_DISCUSSION',
  'KEY_INFORMANT_INTERVIEW',
  'HOUSEHOLD_VISITS',
];

export const CONFIDENCE_LEVELS = ['LOW', 'MEDIUM', 'HIGH'] as const;
export type ConfidenceLevel = (typeof CONFIDENCE_LEVELS)[number];

export const QUESTION_STATUSES = ['DRAFT', 'OPEN', 'SYNTHESISING', 'CLOSED'] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];

export const ROLES = [
  'PLATFORM_ADMIN',
  'MODERATOR',
  'ORGANISATION_ADMIN',
  'SECTOR_LEAD',
  'CONTRIBUTOR',
  'ANALYST',
] as const;
export type Role = (typeof ROLES)[number];
