import { Inject, Injectable } from '@nestjs/common';
import type { Language } from '@hub/domain';
import { Actor } from '../auth/actor';
import { readerTokens } from '../auth/read-access';
import { HubError } from '../common/hub-error';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { SearchFiltersInput, SearchInput, SearchSortValue } from './dto/search.input';
import { SearchFacetLabels } from './search-facet-labels';
import { FacetName, SEARCH_ENGINE, SearchEngine, SearchHit, SearchSort } from './search-engine.port';
import { FacetModel, SearchHitModel, SearchResultsModel } from './search.model';
import { MAX_LIMIT } from './search-paging';

/** Facets shown to searchers (kind is a filter, not a facet of the page). */
const SHOWN_FACETS: FacetName[] = ['sector', 'governorate', 'district', 'cohort', 'status', 'evidenceType', 'organisationType', 'year', 'language'];
/** Counts by place or population group can identify people in small groups: suppress small cells. */
const SMALL_CELL_FACETS = new Set<FacetName>(['governorate', 'district', 'cohort']);
const SUGGESTIONS_MAX = 20;

const SORTS: Record<SearchSortValue, SearchSort> = { RELEVANCE: 'relevance', NEWEST: 'newest', MOST_HELPFUL: 'mostHelpful' };
const FILTER_FACETS: Record<keyof SearchFiltersInput, FacetName> = {
  kinds: 'kind',
  sectors: 'sector',
  governorates: 'governorate',
  districts: 'district',
  cohorts: 'cohort',
  statuses: 'status',
  evidenceTypes: 'evidenceType',
  organisationTypes: 'organisationType',
  years: 'year',
  languages: 'language',
};

export const encodeSearchCursor = (offset: number) => Buffer.from(JSON.stringify(['search', offset])).toString('base64url');

export function decodeSearchCursor(cursor: string): number {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed[0] === 'search' && Number.isInteger(parsed[1]) && parsed[1] >= 0 && parsed[1] <= 10_000) return parsed[1] as number;
  } catch {
    // Falls through to the typed error below.
  }
  throw HubError.invalid([{ field: 'input.after', message: 'is not a cursor from a previous page' }]);
}

/**
 * Search for people: every query carries the searcher's read tokens into the engine, so hits,
 * totals, facet counts, suggestions and similar questions only ever count readable content.
 */
@Injectable()
export class SearchService {
  constructor(
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly labels: SearchFacetLabels,
  ) {}

  async search(actor: Actor | null, input: SearchInput): Promise<SearchResultsModel> {
    const offset = input.after ? decodeSearchCursor(input.after) : 0;
    const result = await this.engine.search({
      text: input.text.trim(),
      accessTokens: readerTokens(actor),
      filters: engineFilters(input.filters),
      sort: SORTS[input.sort],
      offset,
      limit: input.first,
      facets: SHOWN_FACETS,
    });
    const next = offset + result.hits.length;
    return {
      totalCount: result.total,
      hits: result.hits.map(toHitModel),
      facets: await this.facetModels(result.facets, input.language ?? 'en'),
      pageInfo: { hasNextPage: next < result.total, endCursor: result.hits.length ? encodeSearchCursor(next) : null },
    };
  }

  /**
   * Every hit of a search, a page at a time, with the same filters and read tokens as `search`
   * (exports list a search result set with this). The first page also says how many there are.
   */
  async *allHits(actor: Actor | null, query: SearchResultSetQuery, max: number): AsyncGenerator<{ total: number; hits: SearchHit[] }> {
    const base = { text: query.text.trim(), accessTokens: readerTokens(actor), filters: engineFilters(query.filters), sort: SORTS[query.sort] };
    for (let offset = 0; offset < max; ) {
      const result = await this.engine.search({ ...base, offset, limit: Math.min(MAX_LIMIT, max - offset) });
      yield { total: result.total, hits: result.hits };
      offset += result.hits.length;
      if (!result.hits.length || offset >= result.total) return;
    }
  }

  /** How many hits a search has for this searcher (no page, no facets). */
  async count(actor: Actor | null, query: SearchResultSetQuery): Promise<number> {
    const result = await this.engine.search({ text: query.text.trim(), accessTokens: readerTokens(actor), filters: engineFilters(query.filters), offset: 0, limit: 0 });
    return result.total;
  }

  async suggestions(actor: Actor | null, prefix: string, first: number): Promise<SearchHitModel[]> {
    const text = checkedText(prefix, 'prefix');
    if (!text) return [];
    return (await this.engine.suggest(text, readerTokens(actor), bounded(first))).map(toHitModel);
  }

  async similarQuestions(actor: Actor | null, title: string, first: number): Promise<SearchHitModel[]> {
    const text = checkedText(title, 'title');
    if (!text) return [];
    return (await this.engine.similarQuestions(text, readerTokens(actor), bounded(first))).map(toHitModel);
  }

  private async facetModels(facets: Partial<Record<FacetName, Array<{ value: string; count: number }>>>, language: Language): Promise<FacetModel[]> {
    const labels = await this.labels.labels(facets, language);
    const k = this.config.smallCellK;
    return SHOWN_FACETS.map((facet) => ({
      facet,
      values: (facets[facet] ?? []).map(({ value, count }) => {
        const suppressed = SMALL_CELL_FACETS.has(facet) && count < k;
        return { value, label: this.labels.labelOf(labels, facet, value), count: suppressed ? null : count, lessThan: suppressed ? k : null };
      }),
    }));
  }
}

/** A search without paging: what an export of a result set names. */
export interface SearchResultSetQuery {
  text: string;
  filters?: SearchFiltersInput | null;
  sort: SearchSortValue;
}

function engineFilters(input: SearchFiltersInput | null | undefined): Partial<Record<FacetName, string[]>> {
  const filters: Partial<Record<FacetName, string[]>> = {};
  for (const [key, facet] of Object.entries(FILTER_FACETS) as Array<[keyof SearchFiltersInput, FacetName]>) {
    const values = input?.[key];
    if (values?.length) filters[facet] = facet === 'kind' ? values.map((value) => value.toLowerCase()) : values;
  }
  return filters;
}

function toHitModel(hit: SearchHit): SearchHitModel {
  const range = ([start, end]: [number, number]) => ({ start, end });
  return {
    id: hit.id,
    kind: hit.kind,
    questionId: hit.questionId,
    title: { text: hit.title.text, highlights: hit.title.highlights.map(range) },
    snippet: { text: hit.snippet.text, highlights: hit.snippet.highlights.map(range) },
  };
}

function checkedText(text: string, field: string): string {
  if (text.length > 200) throw HubError.invalid([{ field, message: 'must be at most 200 characters' }]);
  return text.trim();
}

function bounded(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > SUGGESTIONS_MAX) throw HubError.invalid([{ field: 'first', message: `must be between 1 and ${SUGGESTIONS_MAX}` }]);
  return first;
}
