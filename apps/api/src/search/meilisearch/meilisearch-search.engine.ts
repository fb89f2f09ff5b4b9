import { Meilisearch } from 'meilisearch';
import type { Hit, Index, SearchParams, SearchResponse } from 'meilisearch';
import { SynonymTable } from '../analysis/synonyms';
import { canonicalText } from '../analysis/tokenizer';
import { emptyHighlight } from '../analysis/highlight';
import {
  FACETS,
  FacetCount,
  FacetName,
  ReindexProgress,
  SearchDocument,
  SearchEngine,
  SearchHealth,
  SearchHit,
  SearchQuery,
  SearchResult,
  SearchSort,
} from '../search-engine.port';
import { normalisePaging } from '../search-paging';
import { SearchEngineError, SearchErrorCode } from '../search.errors';
import { buildFilter } from './filter';
import { highlightOriginal, snippetOfOriginal } from './formatted';
import { HIGHLIGHT_POST, HIGHLIGHT_PRE, indexSettings } from './index-settings';
import { MeiliDocument, PRIMARY_KEY, facetField, primaryKey, toMeiliDocument } from './meili-document';
import { DEFAULT_TASK_RETRY, TaskRetryOptions, TaskRunner } from './task-runner';

export interface MeilisearchOptions {
  url: string;
  apiKey?: string;
  /** The live index; rebuilds go to `<indexUid>__rebuild_<time>` and are swapped in. */
  indexUid?: string;
  maxTotalHits?: number;
  retry?: TaskRetryOptions;
}

const BATCH_SIZE = 1000;
const SORTS: Record<SearchSort, string[] | undefined> = {
  relevance: undefined,
  newest: ['createdAt:desc'],
  mostHelpful: ['helpfulCount:desc', 'createdAt:desc'],
};
const RETRIEVED = ['id', 'kind', 'questionId', 'title', 'body', 'title_n', 'body_n'];

type StoredHit = Hit<MeiliDocument>;

/** Adapter for a Meilisearch server, through the official client. */
export class MeilisearchSearchEngine implements SearchEngine {
  readonly name = 'meilisearch' as const;
  readonly indexUid: string;
  private readonly client: Meilisearch;
  private readonly tasks: TaskRunner;
  private readonly maxTotalHits: number;
  private synonyms = new SynonymTable();
  /** The index a running rebuild fills; writes go there too so none is lost at the swap. */
  private rebuildUid: string | null = null;
  private rebuilding: Promise<void> = Promise.resolve();

  constructor(options: MeilisearchOptions) {
    this.client = new Meilisearch({ host: options.url, apiKey: options.apiKey, timeout: 10_000 });
    this.indexUid = options.indexUid ?? 'hub_documents';
    this.maxTotalHits = options.maxTotalHits ?? 1_000_000;
    this.tasks = new TaskRunner(this.client.tasks, options.retry ?? DEFAULT_TASK_RETRY);
  }

  async health(): Promise<SearchHealth> {
    try {
      const { status } = await this.client.health();
      const failure = this.tasks.lastFailure ? `; last failed task: ${this.tasks.lastFailure}` : '';
      return { engine: this.name, ok: status === 'available', detail: status + failure };
    } catch (error) {
      return { engine: this.name, ok: false, detail: error instanceof Error ? error.message : String(error) };
    }
  }

  async configure(settings: { synonyms: string[][] }): Promise<void> {
    this.synonyms = new SynonymTable(settings.synonyms);
    await this.prepareIndex(this.indexUid);
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    for (const uid of this.writeTargets()) await this.addDocuments(uid, documents);
  }

  async remove(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    for (const uid of this.writeTargets()) {
      for (let start = 0; start < ids.length; start += BATCH_SIZE) {
        const keys = ids.slice(start, start + BATCH_SIZE).map(primaryKey);
        await this.tasks.run(`delete ${keys.length} documents from ${uid}`, () => this.client.index(uid).deleteDocuments(keys));
      }
    }
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    if (query.accessTokens.length === 0) return { total: 0, hits: [], facets: {} };
    const { offset, limit } = normalisePaging(query.offset, query.limit);
    // Page mode gives an exact totalHits; an offset that is not a page boundary reads from 0.
    const aligned = limit > 0 && offset % limit === 0;
    const facets = query.facets ?? [];
    const response = await this.request(query.text, {
      filter: buildFilter(query.accessTokens, query.filters),
      facets: facets.map(facetField),
      sort: SORTS[query.sort ?? 'relevance'],
      matchingStrategy: 'all',
      page: aligned ? offset / limit + 1 : 1,
      hitsPerPage: aligned ? limit : limit === 0 ? 0 : offset + limit,
    });
    const hits = (aligned ? response.hits : response.hits.slice(offset)).map((hit) => toHit(hit, true));
    return { total: response.totalHits ?? 0, hits, facets: toFacetCounts(facets, response) };
  }

  async suggest(prefix: string, accessTokens: string[], limit: number): Promise<SearchHit[]> {
    return this.searchTitles(prefix, accessTokens, limit, 'all');
  }

  async similarQuestions(title: string, accessTokens: string[], limit: number): Promise<SearchHit[]> {
    // 'frequency' drops the most common words first until titles match: the closest Meilisearch
    // has to "any word, best first".
    return this.searchTitles(title, accessTokens, limit, 'frequency');
  }

  async rebuild(documents: AsyncIterable<SearchDocument[]>, total: number, onProgress?: (p: ReindexProgress) => void): Promise<void> {
    const run = this.rebuilding.catch(() => undefined).then(() => this.runRebuild(documents, total, onProgress));
    this.rebuilding = run;
    return run;
  }

  async versions(): Promise<Map<string, number>> {
    const versions = new Map<string, number>();
    const index = this.client.index<MeiliDocument>(this.indexUid);
    for (let offset = 0; ; offset += BATCH_SIZE) {
      const page = await index.getDocuments({ fields: ['id', 'version'], limit: BATCH_SIZE, offset });
      for (const document of page.results) versions.set(document.id, document.version);
      if (page.results.length < BATCH_SIZE) return versions;
    }
  }

  async close(): Promise<void> {
    // The client holds no connection to release; pending tasks finish on the server.
  }

  /** Deletes the live index (tests use one index per test). */
  async dropIndex(): Promise<void> {
    await this.tasks.run(`delete index ${this.indexUid}`, () => this.client.deleteIndex(this.indexUid), ['index_not_found']);
  }

  private async runRebuild(documents: AsyncIterable<SearchDocument[]>, total: number, onProgress?: (p: ReindexProgress) => void): Promise<void> {
    const temporary = `${this.indexUid}__rebuild_${Date.now().toString(36)}`;
    // The swap needs both indexes to exist, and the live one keeps serving until it happens.
    await this.prepareIndex(this.indexUid);
    await this.prepareIndex(temporary);
    this.rebuildUid = temporary;
    let swapped = false;
    try {
      let indexed = 0;
      for await (const batch of documents) {
        await this.addDocuments(temporary, batch);
        indexed += batch.length;
        onProgress?.({ indexed, total });
      }
      await this.tasks.run(`swap ${this.indexUid} with ${temporary}`, () =>
        this.client.swapIndexes([{ indexes: [this.indexUid, temporary], rename: false }]),
      );
      swapped = true;
    } finally {
      this.rebuildUid = null;
      // After the swap the temporary uid holds the old documents; before it, a half-built index.
      await this.tasks
        .run(`delete index ${temporary}`, () => this.client.deleteIndex(temporary), ['index_not_found'])
        .catch((error: unknown) => {
          if (swapped) throw error;
        });
    }
  }

  private async prepareIndex(uid: string): Promise<void> {
    await this.tasks.run(`create index ${uid}`, () => this.client.createIndex(uid, { primaryKey: PRIMARY_KEY }), ['index_already_exists']);
    await this.tasks.run(`settings of ${uid}`, () => this.client.index(uid).updateSettings(indexSettings(this.synonyms, this.maxTotalHits)));
  }

  private async addDocuments(uid: string, documents: SearchDocument[]): Promise<void> {
    for (let start = 0; start < documents.length; start += BATCH_SIZE) {
      const batch = documents.slice(start, start + BATCH_SIZE).map(toMeiliDocument);
      await this.tasks.run(`add ${batch.length} documents to ${uid}`, () =>
        this.client.index<MeiliDocument>(uid).addDocuments(batch, { primaryKey: PRIMARY_KEY }),
      );
    }
  }

  private writeTargets(): string[] {
    return this.rebuildUid ? [this.indexUid, this.rebuildUid] : [this.indexUid];
  }

  private async searchTitles(text: string, accessTokens: string[], limit: number, strategy: 'all' | 'frequency'): Promise<SearchHit[]> {
    if (accessTokens.length === 0 || canonicalText(text) === '') return [];
    const response = await this.request(text, {
      filter: buildFilter(accessTokens, {}, ['kind = "question"']),
      attributesToSearchOn: ['title_n'],
      matchingStrategy: strategy,
      page: 1,
      hitsPerPage: normalisePaging(0, limit).limit,
    });
    return response.hits.map((hit) => toHit(hit, false));
  }

  private async request(text: string, params: SearchParams): Promise<SearchResponse<MeiliDocument>> {
    const index: Index<MeiliDocument> = this.client.index<MeiliDocument>(this.indexUid);
    try {
      return await index.search<MeiliDocument>(canonicalText(text), {
        ...params,
        attributesToRetrieve: RETRIEVED,
        attributesToHighlight: ['title_n', 'body_n'],
        highlightPreTag: HIGHLIGHT_PRE,
        highlightPostTag: HIGHLIGHT_POST,
      });
    } catch (error) {
      throw new SearchEngineError(SearchErrorCode.EngineUnavailable, `search in ${this.indexUid} failed`, { cause: error });
    }
  }
}

function toHit(hit: StoredHit, withSnippet: boolean): SearchHit {
  return {
    id: hit.id,
    kind: hit.kind,
    questionId: hit.questionId,
    title: highlightOriginal(hit.title, hit._formatted?.title_n),
    snippet: withSnippet ? snippetOfOriginal(hit.body, hit._formatted?.body_n) : emptyHighlight(),
  };
}

function toFacetCounts(facets: readonly FacetName[], response: SearchResponse<MeiliDocument>): Partial<Record<FacetName, FacetCount[]>> {
  const result: Partial<Record<FacetName, FacetCount[]>> = {};
  for (const facet of FACETS.filter((name) => facets.includes(name))) {
    const distribution = response.facetDistribution?.[facetField(facet)] ?? {};
    result[facet] = Object.entries(distribution)
      .map(([value, count]) => ({ value, count }))
      .filter((entry) => entry.count > 0)
      .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  }
  return result;
}
