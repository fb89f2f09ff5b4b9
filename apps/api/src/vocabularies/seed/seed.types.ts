import type { EvidenceType, OrganisationType } from '@hub/domain';
import type { LocalisedNames, PlaceLevel } from '../vocabularies.types';

export interface CodedTermSeed {
  code: string;
  names: LocalisedNames;
  aliases?: string[];
}

export interface SectorSeed extends CodedTermSeed {
  subSectors?: CodedTermSeed[];
}

/** One node of a place tree; a response loads one tree per country. */
export interface PlaceSeed {
  code: string;
  level: PlaceLevel;
  names: LocalisedNames;
  aliases?: string[];
  children?: PlaceSeed[];
}

export interface TagSeed {
  label: string;
  synonyms: string[];
}

/** Everything the hub is seeded with at boot. Seeding only adds what is missing. */
export interface VocabularySeed {
  sectors: SectorSeed[];
  cohorts: CodedTermSeed[];
  placeTrees: PlaceSeed[];
  evidenceTypes: Record<EvidenceType, LocalisedNames>;
  organisationTypes: Record<OrganisationType, LocalisedNames>;
  tags: TagSeed[];
}
