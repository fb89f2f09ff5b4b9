import { LEBANON_COHORTS } from './cohorts';
import { EVIDENCE_TYPE_LABELS, ORGANISATION_TYPE_LABELS } from './labels';
import { LEBANON_PLACES } from './places.lebanon';
import { LCRP_SECTORS } from './sectors';
import type { VocabularySeed } from './seed.types';
import { STARTER_TAGS } from './tags';

/**
 * What this deployment seeds. Another response adds its own country's tree to `placeTrees` (or
 * provides another seed for the VOCABULARY_SEED token).
 */
export const DEFAULT_VOCABULARY_SEED: VocabularySeed = {
  sectors: LCRP_SECTORS,
  cohorts: LEBANON_COHORTS,
  placeTrees: [LEBANON_PLACES],
  evidenceTypes: EVIDENCE_TYPE_LABELS,
  organisationTypes: ORGANISATION_TYPE_LABELS,
  tags: STARTER_TAGS,
};

export const VOCABULARY_SEED = Symbol('VOCABULARY_SEED');
