import { Injectable } from '@nestjs/common';
import { mostRestricted, type SensitivityLevel } from '@hub/domain';
import { HubError } from '../common/hub-error';
import { CohortsRepository } from './cohorts.repository';
import { PlacesService } from './places.service';
import { SectorsRepository } from './sectors.repository';
import { TagMergedListener, TagsService } from './tags.service';
import { SECTOR_DEFAULT_SENSITIVITY, type Cohort, type PlaceWithAncestors, type Sector, type Tag } from './vocabularies.types';

/**
 * What other modules use vocabularies for: validating codes in their inputs, showing places with
 * their ancestors, expanding place filters, feeding the search index, and turning typed tags into
 * slugs.
 */
@Injectable()
export class VocabulariesService {
  constructor(
    private readonly sectors: SectorsRepository,
    private readonly cohorts: CohortsRepository,
    private readonly places: PlacesService,
    private readonly tags: TagsService,
  ) {}

  /** Throws VALIDATION_FAILED on `field`, naming the codes that are not sectors. */
  async assertSectorCodes(codes: readonly string[], field: string): Promise<void> {
    const known = await this.sectors.findByCodes(codes);
    assertAllKnown(codes, known.map((sector) => sector.code), field, 'sector');
  }

  async assertCohortCodes(codes: readonly string[], field: string): Promise<void> {
    const known = await this.cohorts.findByCodes(codes);
    assertAllKnown(codes, known.map((cohort) => cohort.code), field, 'cohort');
  }

  async assertPlaceCodes(codes: readonly string[], field: string): Promise<void> {
    assertAllKnown(codes, await this.places.knownCodes(codes), field, 'place');
  }

  async sectorsByCodes(codes: readonly string[]): Promise<Sector[]> {
    return inOrder(codes, await this.sectors.findByCodes(codes), (sector) => sector.code);
  }

  /** The most restricted default among the sectors: a question in two sectors honours both. */
  async defaultSensitivityOf(codes: readonly string[]): Promise<SensitivityLevel> {
    const sectors = await this.sectors.findByCodes(codes);
    if (!sectors.length) return SECTOR_DEFAULT_SENSITIVITY;
    return sectors.reduce<SensitivityLevel>((level, sector) => mostRestricted(level, sector.defaultSensitivity ?? SECTOR_DEFAULT_SENSITIVITY), 'PUBLIC');
  }

  async cohortsByCodes(codes: readonly string[]): Promise<Cohort[]> {
    return inOrder(codes, await this.cohorts.findByCodes(codes), (cohort) => cohort.code);
  }

  /** The known places among `codes`, in order, each with its ancestor places (root first). */
  placeWithAncestors(codes: readonly string[]): Promise<PlaceWithAncestors[]> {
    return this.places.withAncestors(codes);
  }

  /**
   * The codes and all their ancestors: stored on content as its place scope, so "in X" filters
   * (X a governorate, say) are one indexed equality match.
   */
  async placeScope(codes: readonly string[]): Promise<string[]> {
    const places = await this.places.withAncestors(codes);
    return [...new Set([...codes, ...places.flatMap((place) => place.ancestors)])];
  }

  /** The governorate of the first place (itself, or the one it lies in); null above governorates. */
  async governorateOf(codes: readonly string[]): Promise<string | null> {
    const [first] = await this.places.withAncestors(codes.slice(0, 1));
    if (!first) return null;
    if (first.level === 'GOVERNORATE') return first.code;
    return first.ancestorPlaces.find((place) => place.level === 'GOVERNORATE')?.code ?? null;
  }

  /** Every place below `code` (not the place itself). */
  descendantCodes(code: string): Promise<string[]> {
    return this.places.descendantCodes([code]);
  }

  /** For "in X" filters: the codes themselves and everything below them. */
  async expandPlaceCodes(codes: readonly string[]): Promise<string[]> {
    return [...new Set([...codes, ...(await this.places.descendantCodes(codes))])];
  }

  /**
   * Every name and alias, in every language, of the places and of their ancestors below the
   * country, so that content about Saida is found by "Sidon", "صيدا" or "South".
   */
  async placeNamesForSearch(codes: readonly string[]): Promise<string[]> {
    const places = await this.places.withAncestors(codes);
    const all = places.flatMap((place) => [place, ...place.ancestorPlaces.filter((ancestor) => ancestor.level !== 'COUNTRY')]);
    return [...new Set(all.flatMap((place) => [place.names.en, place.names.ar, place.names.fr, ...place.aliases]))];
  }

  /** Each active tag's label and synonyms, for the search engines' synonym settings. */
  tagSynonymGroups(): Promise<string[][]> {
    return this.tags.synonymGroups();
  }

  /**
   * Finds or creates the tags for labels typed by people and returns their slugs (merged tags
   * resolved). Enforces LIMITS.tagsMax and LIMITS.tagMax, reporting problems on `field`.
   */
  normaliseTags(labels: readonly string[], field = 'input.tags'): Promise<string[]> {
    return this.tags.normalise(labels, field);
  }

  /** Maps merged slugs to the tags that replaced them (for content written before a merge). */
  resolveTagSlugs(slugs: readonly string[]): Promise<string[]> {
    return this.tags.resolve(slugs);
  }

  async tagsBySlugs(slugs: readonly string[]): Promise<Tag[]> {
    return inOrder(slugs, await this.tags.getMany(slugs), (tag) => tag.slug);
  }

  /** Throws VALIDATION_FAILED on `field` for slugs that are not active tags (merged ones name their target). */
  async assertTagSlugs(slugs: readonly string[], field: string): Promise<void> {
    const found = await this.tags.getMany(slugs);
    const problems = [...new Set(slugs)].flatMap((slug) => {
      const tag = found.find((each) => each.slug === slug);
      if (!tag) return [`unknown tag ${slug}`];
      return tag.mergedInto ? [`${slug} was merged into ${tag.mergedInto}`] : [];
    });
    if (problems.length > 0) throw HubError.invalid([{ field, message: problems.join('; ') }]);
  }

  /** The TagMerged domain event: content modules re-tag their documents when it fires. */
  onTagMerged(listener: TagMergedListener): () => void {
    return this.tags.onMerged(listener);
  }
}

function assertAllKnown(codes: readonly string[], known: readonly string[], field: string, what: string): void {
  const unknown = [...new Set(codes)].filter((code) => !known.includes(code));
  if (unknown.length > 0) throw HubError.invalid([{ field, message: `unknown ${what} code${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}` }]);
}

function inOrder<T>(codes: readonly string[], items: readonly T[], codeOf: (item: T) => string): T[] {
  const byCode = new Map(items.map((item) => [codeOf(item), item]));
  return [...new Set(codes)].flatMap((code) => byCode.get(code) ?? []);
}
