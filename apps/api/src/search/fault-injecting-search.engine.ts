import { SearchEngineError, SearchErrorCode } from './search.errors';
import type { ReindexProgress, SearchDocument, SearchEngine, SearchHealth, SearchHit, SearchQuery, SearchResult } from './search-engine.port';

/**
 * Test-only seam (HUB_SEARCH_FAULT_INJECTION, refused outside NODE_ENV=test): wraps the real
 * engine and, while `unavailable`, fails every call the way an unreachable engine would.
 */
export class FaultInjectingSearchEngine implements SearchEngine {
  unavailable = false;

  constructor(readonly inner: SearchEngine) {}

  get name() {
    return this.inner.name;
  }

  async health(): Promise<SearchHealth> {
    if (this.unavailable) return { engine: this.inner.name, ok: false, detail: 'unavailable (fault injected)' };
    return this.inner.health();
  }

  configure(settings: { synonyms: string[][] }): Promise<void> {
    return this.guard(() => this.inner.configure(settings));
  }

  upsert(documents: SearchDocument[]): Promise<void> {
    return this.guard(() => this.inner.upsert(documents));
  }

  remove(ids: string[]): Promise<void> {
    return this.guard(() => this.inner.remove(ids));
  }

  search(query: SearchQuery): Promise<SearchResult> {
    return this.guard(() => this.inner.search(query));
  }

  suggest(prefix: string, accessTokens: string[], limit: number): Promise<SearchHit[]> {
    return this.guard(() => this.inner.suggest(prefix, accessTokens, limit));
  }

  similarQuestions(title: string, accessTokens: string[], limit: number): Promise<SearchHit[]> {
    return this.guard(() => this.inner.similarQuestions(title, accessTokens, limit));
  }

  rebuild(documents: AsyncIterable<SearchDocument[]>, total: number, onProgress?: (p: ReindexProgress) => void): Promise<void> {
    return this.guard(() => this.inner.rebuild(documents, total, onProgress));
  }

  versions(): Promise<Map<string, number>> {
    return this.guard(() => this.inner.versions());
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  private async guard<T>(call: () => Promise<T>): Promise<T> {
    if (this.unavailable) throw new SearchEngineError(SearchErrorCode.EngineUnavailable, 'search engine unavailable (fault injected)');
    return call();
  }
}
