import type { Settings } from 'meilisearch';
import { SynonymTable } from '../analysis/synonyms';
import { FACETS } from '../search-engine.port';
import { facetField } from './meili-document';

export const HIGHLIGHT_PRE = '\uE000';
export const HIGHLIGHT_POST = '\uE001';

/**
 * The whole settings object, built from code so applying it twice changes nothing. 'sort' comes
 * first among ranking rules so "newest" and "most helpful" order all matches, not only ties.
 */
export function indexSettings(synonyms: SynonymTable, maxTotalHits: number): Settings {
  return {
    searchableAttributes: ['title_n', 'tags_n', 'placeNames_n', 'body_n'],
    filterableAttributes: [...FACETS.map(facetField), 'readableBy', 'kind'],
    sortableAttributes: ['createdAt', 'helpfulCount'],
    displayedAttributes: ['id', 'kind', 'questionId', 'version', 'title', 'body', 'title_n', 'body_n'],
    rankingRules: ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness'],
    synonyms: synonymSettings(synonyms),
    stopWords: [],
    typoTolerance: { enabled: true, disableOnNumbers: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
    faceting: { maxValuesPerFacet: 1000, sortFacetValuesBy: { '*': 'count' } },
    // Totals must be exact for paging; the default (1000) would cap them.
    pagination: { maxTotalHits },
  };
}

/** Meilisearch wants, for each word or phrase, the list of its equivalents. */
function synonymSettings(synonyms: SynonymTable): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const group of synonyms.canonicalGroups()) {
    for (const member of group) {
      const others = group.filter((other) => other !== member);
      result[member] = [...new Set([...(result[member] ?? []), ...others])].sort();
    }
  }
  return result;
}
