import type { Language, SensitivityLevel } from '@hub/domain';

/** Members only: the safe label when an admin has not chosen another for a sector. */
export const SECTOR_DEFAULT_SENSITIVITY: SensitivityLevel = 'RESTRICTED';

/** Plain objects the vocabulary repositories return; services never see Mongoose documents. */
export type LocalisedNames = Record<Language, string>;

export const PLACE_LEVELS = ['COUNTRY', 'GOVERNORATE', 'DISTRICT', 'CADASTRE'] as const;
export type PlaceLevel = (typeof PLACE_LEVELS)[number];

/** Sectors and cohorts: a stable code, names in the three languages and other spellings. */
export interface CodedTerm {
  code: string;
  names: LocalisedNames;
  aliases: string[];
  order: number;
}

export interface Sector extends CodedTerm {
  /** Set for sub-sectors (Protection → Child Protection). */
  parentCode: string | null;
  /** The label of questions asked in this sector without one (set by platform admins). */
  defaultSensitivity?: SensitivityLevel;
}

export type Cohort = CodedTerm;

export interface Place {
  code: string;
  parentCode: string | null;
  level: PlaceLevel;
  names: LocalisedNames;
  aliases: string[];
  /** Codes from the root down to the parent: "inside X" filters are one indexed query. */
  ancestors: string[];
}

export interface PlaceWithAncestors extends Place {
  /** The ancestor places, root first. */
  ancestorPlaces: Place[];
}

export interface Tag {
  id: string;
  slug: string;
  label: string;
  synonyms: string[];
  mergedInto: string | null;
  mergedAt: Date | null;
  createdAt: Date;
}

export const LABELLED_TERM_KINDS = ['EVIDENCE_TYPE', 'ORGANISATION_TYPE'] as const;
export type LabelledTermKind = (typeof LABELLED_TERM_KINDS)[number];

/** Labels of a closed vocabulary (its codes live in @hub/domain); admins may reword them. */
export interface LabelledTerm {
  kind: LabelledTermKind;
  code: string;
  names: LocalisedNames;
}

export interface TagMergedEvent {
  sourceSlug: string;
  targetSlug: string;
  mergedBy: string | null;
  mergedAt: Date;
}
