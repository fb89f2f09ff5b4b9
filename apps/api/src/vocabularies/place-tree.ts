import type { PlaceSeed } from './seed/seed.types';
import { PLACE_LEVELS, type Place, type PlaceLevel } from './vocabularies.types';

export function levelRank(level: PlaceLevel): number {
  return PLACE_LEVELS.indexOf(level);
}

/** Flattens seed trees into places with their parent and ancestors, parents before children. */
export function flattenPlaceTrees(trees: readonly PlaceSeed[]): Place[] {
  const places: Place[] = [];
  const visit = (node: PlaceSeed, ancestors: string[]) => {
    places.push({
      code: node.code,
      parentCode: ancestors.at(-1) ?? null,
      level: node.level,
      names: node.names,
      aliases: node.aliases ?? [],
      ancestors,
    });
    for (const child of node.children ?? []) visit(child, [...ancestors, node.code]);
  };
  trees.forEach((tree) => visit(tree, []));
  return places;
}

/**
 * The ancestors each place should have, derived from parent codes (the source of truth). A place
 * whose parent chain is broken or loops gets the chain up to the break.
 */
export function expectedAncestors(places: ReadonlyArray<Pick<Place, 'code' | 'parentCode'>>): Map<string, string[]> {
  const parentOf = new Map(places.map((place) => [place.code, place.parentCode]));
  const result = new Map<string, string[]>();
  for (const place of places) {
    const chain: string[] = [];
    const seen = new Set([place.code]);
    let parent = place.parentCode;
    while (parent && parentOf.has(parent) && !seen.has(parent)) {
      chain.unshift(parent);
      seen.add(parent);
      parent = parentOf.get(parent) ?? null;
    }
    result.set(place.code, chain);
  }
  return result;
}

/** "Saida, South" ("صيدا، الجنوب"): a place's name and its ancestors' below the country, nearest first. */
export function displayName(names: string[], separator = ', '): string {
  const parts: string[] = [];
  for (const name of names) if (name && parts.at(-1) !== name) parts.push(name);
  return parts.join(separator);
}
