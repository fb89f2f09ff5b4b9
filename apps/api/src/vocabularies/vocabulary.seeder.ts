import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { CohortsRepository } from './cohorts.repository';
import { LabelledTermsRepository } from './labelled-terms.repository';
import { flattenPlaceTrees } from './place-tree';
import { PlacesService } from './places.service';
import { PlacesRepository } from './places.repository';
import { SectorsRepository } from './sectors.repository';
import { VOCABULARY_SEED } from './seed';
import type { VocabularySeed } from './seed/seed.types';
import { TagsRepository } from './tags.repository';
import { tagSlug, tagTerms } from './vocabulary-keys';
import type { Cohort, LabelledTerm, Sector } from './vocabularies.types';

export interface SeedReport {
  sectors: number;
  cohorts: number;
  places: number;
  labels: number;
  tags: number;
}

function sectorsOf(seed: VocabularySeed): Sector[] {
  return seed.sectors.flatMap((sector, index) => [
    { code: sector.code, parentCode: null, names: sector.names, aliases: sector.aliases ?? [], order: index },
    ...(sector.subSectors ?? []).map((sub, subIndex) => ({
      code: sub.code,
      parentCode: sector.code,
      names: sub.names,
      aliases: sub.aliases ?? [],
      order: subIndex,
    })),
  ]);
}

function labelsOf(seed: VocabularySeed): LabelledTerm[] {
  return [
    ...Object.entries(seed.evidenceTypes).map(([code, names]) => ({ kind: 'EVIDENCE_TYPE' as const, code, names })),
    ...Object.entries(seed.organisationTypes).map(([code, names]) => ({ kind: 'ORGANISATION_TYPE' as const, code, names })),
  ];
}

/**
 * Loads the seed vocabularies at boot. Only adds entries whose code (or slug) is missing, so admins'
 * edits survive restarts; unique indexes make two instances booting at once safe.
 */
@Injectable()
export class VocabularySeeder implements OnModuleInit {
  private readonly logger = new Logger(VocabularySeeder.name);

  constructor(
    @Inject(VOCABULARY_SEED) private readonly seed: VocabularySeed,
    private readonly sectors: SectorsRepository,
    private readonly cohorts: CohortsRepository,
    private readonly places: PlacesRepository,
    private readonly placesService: PlacesService,
    private readonly labels: LabelledTermsRepository,
    private readonly tags: TagsRepository,
  ) {}

  async onModuleInit(): Promise<void> {
    const report = await this.run();
    const added = Object.entries(report).filter(([, count]) => count > 0);
    if (added.length > 0) this.logger.log(`Seeded vocabularies: ${added.map(([what, count]) => `${count} ${what}`).join(', ')}`);
  }

  async run(): Promise<SeedReport> {
    // Unique indexes must exist before the first insert, or two booting instances could both insert.
    await Promise.all([this.sectors, this.cohorts, this.places, this.labels, this.tags].map((repository) => repository.ensureIndexes()));
    const cohorts: Cohort[] = this.seed.cohorts.map((cohort, order) => ({ ...cohort, aliases: cohort.aliases ?? [], order }));
    const [sectors, cohortCount, places, labels, tags] = await Promise.all([
      this.sectors.insertMissing(sectorsOf(this.seed)),
      this.cohorts.insertMissing(cohorts),
      this.places.insertMissing(flattenPlaceTrees(this.seed.placeTrees)),
      this.labels.insertMissing(labelsOf(this.seed)),
      this.tags.insertMissing(
        this.seed.tags.map((tag) => {
          const slug = tagSlug(tag.label);
          return { slug, label: tag.label, synonyms: tag.synonyms, terms: tagTerms(slug, tag.label, tag.synonyms) };
        }),
      ),
    ]);
    // An interrupted move of a subtree leaves stale ancestors; parent codes are the truth.
    await this.placesService.repairAncestors();
    return { sectors, cohorts: cohortCount, places, labels, tags };
  }
}
