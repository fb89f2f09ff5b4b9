import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { HubError } from '../common/hub-error';
import { expectedAncestors, levelRank } from './place-tree';
import { mergeNames } from './names-patch';
import { PlacesRepository } from './places.repository';
import { uniqueByKey, vocabularyKey } from './vocabulary-keys';
import type { LocalisedNames, Place, PlaceLevel, PlaceWithAncestors } from './vocabularies.types';

/** How many prefix matches are ranked before the best `limit` are kept. */
const SEARCH_CANDIDATES = 200;

export interface NewPlace {
  code: string;
  parentCode?: string | null;
  level: PlaceLevel;
  names: LocalisedNames;
  aliases?: string[];
}

export interface PlaceChanges {
  names?: Partial<LocalisedNames>;
  aliases?: string[];
  parentCode?: string | null;
}

const invalid = (field: string, message: string) => HubError.invalid([{ field: `input.${field}`, message }]);

/** 0: a name is exactly the query; 1: a whole name starts with it; 2: a later word does. */
function matchRank(place: Place, key: string): number {
  const keys = [place.code, place.names.en, place.names.ar, place.names.fr, ...place.aliases].map(vocabularyKey);
  if (keys.includes(key)) return 0;
  return keys.some((each) => each.startsWith(key)) ? 1 : 2;
}

@Injectable()
export class PlacesService {
  constructor(private readonly places: PlacesRepository) {}

  /**
   * With a parent: its children, or its descendants at `level`. Without: every place at `level`,
   * or the roots (countries).
   */
  async list(parentCode: string | null | undefined, level: PlaceLevel | null | undefined): Promise<PlaceWithAncestors[]> {
    let places: Place[];
    if (parentCode) places = level ? await this.places.descendants(parentCode, level) : await this.places.children(parentCode);
    else places = level ? await this.places.atLevel(level) : await this.places.children(null);
    return this.attachAncestors(places);
  }

  async get(code: string): Promise<PlaceWithAncestors | null> {
    const place = await this.places.findByCode(code);
    return place ? (await this.attachAncestors([place]))[0] : null;
  }

  async knownCodes(codes: readonly string[]): Promise<string[]> {
    return (await this.places.findByCodes([...new Set(codes)])).map((place) => place.code);
  }

  /** The known places among `codes`, in that order, each with its ancestors. */
  async withAncestors(codes: readonly string[]): Promise<PlaceWithAncestors[]> {
    const unique = [...new Set(codes)];
    const byCode = new Map((await this.places.findByCodes(unique)).map((place) => [place.code, place]));
    return this.attachAncestors(unique.flatMap((code) => byCode.get(code) ?? []));
  }

  /** Prefix search over every name and alias in every language, after the search normalisation. */
  async search(query: string, limit: number): Promise<PlaceWithAncestors[]> {
    const key = vocabularyKey(query);
    if (!key) return [];
    const candidates = await this.places.searchByPrefix(key, SEARCH_CANDIDATES);
    const ranked = candidates
      .map((place) => ({ place, rank: matchRank(place, key) }))
      .sort(
        (a, b) =>
          a.rank - b.rank || levelRank(a.place.level) - levelRank(b.place.level) || a.place.names.en.localeCompare(b.place.names.en),
      );
    return this.attachAncestors(ranked.slice(0, limit).map(({ place }) => place));
  }

  async descendantCodes(codes: readonly string[]): Promise<string[]> {
    return codes.length === 0 ? [] : this.places.descendantCodes(codes);
  }

  async create(input: NewPlace, actor: Actor): Promise<PlaceWithAncestors> {
    if (await this.places.findByCode(input.code)) throw HubError.conflict(`A place with code ${input.code} exists already.`);
    const ancestors = await this.ancestorsUnder(input.parentCode ?? null, input.level, null);
    const created = await this.places.create(
      {
        code: input.code,
        parentCode: input.parentCode ?? null,
        level: input.level,
        names: input.names,
        aliases: uniqueByKey(input.aliases ?? []),
        ancestors,
      },
      actor.userId,
    );
    if (!created) throw HubError.conflict(`A place with code ${input.code} exists already.`);
    return (await this.attachAncestors([created]))[0];
  }

  async update(code: string, changes: PlaceChanges, actor: Actor): Promise<PlaceWithAncestors> {
    const current = await this.places.findByCode(code);
    if (!current) throw HubError.notFound(`Place ${code}`);
    const moving = changes.parentCode !== undefined && changes.parentCode !== current.parentCode;
    const ancestors = moving ? await this.ancestorsUnder(changes.parentCode ?? null, current.level, code) : current.ancestors;
    const updated = await this.places.replace(
      {
        ...current,
        names: mergeNames(current.names, changes.names),
        aliases: changes.aliases ? uniqueByKey(changes.aliases) : current.aliases,
        parentCode: moving ? (changes.parentCode ?? null) : current.parentCode,
        ancestors,
      },
      actor.userId,
    );
    if (!updated) throw HubError.notFound(`Place ${code}`);
    if (moving) await this.moveDescendants(code, ancestors);
    return (await this.attachAncestors([updated]))[0];
  }

  /** Recomputes stored ancestors from parent codes where they differ; returns how many changed. */
  async repairAncestors(): Promise<number> {
    const links = await this.places.links();
    const expected = expectedAncestors(links);
    const stale = links.filter((link) => (expected.get(link.code) ?? []).join('/') !== link.ancestors.join('/'));
    await this.places.setAncestors(stale.map((link) => ({ code: link.code, ancestors: expected.get(link.code) ?? [] })));
    return stale.length;
  }

  /**
   * The ancestors a place of `level` gets under `parentCode`, after checking the parent exists, is
   * of a higher level, and (for a move) is not the place itself or below it.
   */
  private async ancestorsUnder(parentCode: string | null, level: PlaceLevel, moving: string | null): Promise<string[]> {
    if (level === 'COUNTRY') {
      if (parentCode) throw invalid('parentCode', 'a country has no parent');
      return [];
    }
    if (!parentCode) throw invalid('parentCode', 'is required below country level');
    const parent = await this.places.findByCode(parentCode);
    if (!parent) throw invalid('parentCode', `unknown place ${parentCode}`);
    if (moving && (parent.code === moving || parent.ancestors.includes(moving))) {
      throw invalid('parentCode', `${parentCode} is inside ${moving}: the tree would have a cycle`);
    }
    if (levelRank(parent.level) >= levelRank(level)) {
      throw invalid(moving ? 'parentCode' : 'level', `a ${level.toLowerCase()} cannot be inside a ${parent.level.toLowerCase()}`);
    }
    return [...parent.ancestors, parent.code];
  }

  private async moveDescendants(code: string, ancestors: readonly string[]): Promise<void> {
    const descendants = await this.places.descendants(code);
    await this.places.setAncestors(
      descendants.map((place) => ({
        code: place.code,
        ancestors: [...ancestors, code, ...place.ancestors.slice(place.ancestors.indexOf(code) + 1)],
      })),
    );
  }

  /** One query for all the ancestors of all the places. */
  private async attachAncestors(places: readonly Place[]): Promise<PlaceWithAncestors[]> {
    const codes = [...new Set(places.flatMap((place) => place.ancestors))];
    const byCode = new Map((await this.places.findByCodes(codes)).map((place) => [place.code, place]));
    return places.map((place) => ({ ...place, ancestorPlaces: place.ancestors.flatMap((code) => byCode.get(code) ?? []) }));
  }
}
