/**
 * The one port every search engine adapter implements. Services depend on this token, never on
 * an engine, so Meilisearch (when MEILI_URL is set) and the embedded engine are interchangeable.
 */
export const SEARCH_ENGINE = Symbol('SEARCH_ENGINE');

export type SearchEngineName = 'embedded' | 'meilisearch';

export interface SearchHealth {
  engine: SearchEngineName;
  ok: boolean;
  detail?: string;
}

export interface SearchEngine {
  readonly name: SearchEngineName;
  health(): Promise<SearchHealth>;
}
