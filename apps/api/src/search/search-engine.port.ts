/**
 * The one port every search engine adapter implements. Services depend on the SEARCH_ENGINE
 * token, never on an engine, so Meilisearch (when MEILI_URL is set) and the embedded engine are
 * interchangeable; one contract test suite holds both to the same behaviour.
 */
export const SEARCH_ENGINE = Symbol('SEARCH_ENGINE');

export type SearchEngineName = 'embedded' | 'meilisearch';

export interface SearchHealth {
  engine: SearchEngineName;
  ok: boolean;
  detail?: string;
}

export type SearchDocumentKind = 'question' | 'contribution' | 'synthesis';

/** The facets a search can count and filter on. Values are vocabulary codes (P-codes, sector codes…). */
export const FACETS = [
  'kind',
  'sector',
  'governorate',
  'district',
  'cohort',
  'status',
  'evidenceType',
  'organisationType',
  'year',
  'language',
] as const;
export type FacetName = (typeof FACETS)[number];

/**
 * What the engine indexes for one question, contribution or synthesis. Built from MongoDB by the
 * API (the engine never reads the database), so an index can always be rebuilt.
 */
export interface SearchDocument {
  /** `${kind}:${mongoId}`, unique across kinds. */
  id: string;
  kind: SearchDocumentKind;
  questionId: string;
  /** The source document's version; reconciliation compares ids and versions. */
  version: number;
  /** The question's title (contributions and syntheses carry their question's title too). */
  title: string;
  /** Plain text (markdown already stripped). */
  body: string;
  tags: string[];
  /** Names of the document's places in every language, with aliases (Saida, Sidon, صيدا). */
  placeNames: string[];
  /** Facet values, one list per facet (single-valued facets use a one-element list). */
  facets: Record<FacetName, string[]>;
  /** Epoch milliseconds. */
  createdAt: number;
  helpfulCount: number;
  /**
   * Who may read it, as access tokens: 'public', 'members', 'sector:<code>', 'org:<id>',
   * 'user:<id>', 'role:moderator'. A searcher sees a document when they hold any of its tokens.
   */
  readableBy: string[];
}

export type SearchSort = 'relevance' | 'newest' | 'mostHelpful';

export interface SearchQuery {
  /** Free text; may be empty (then every readable document matches, e.g. for browsing facets). */
  text: string;
  /** Every token the searcher holds (see SearchDocument.readableBy). Required: no token, no result. */
  accessTokens: string[];
  /** Facet filters: values inside one facet are OR-ed, facets are AND-ed. */
  filters?: Partial<Record<FacetName, string[]>>;
  sort?: SearchSort;
  offset?: number;
  limit?: number;
  /** Facets to count over the whole filtered result set (not only the page). */
  facets?: FacetName[];
}

/** A highlighted piece of text: ranges are [start, end) offsets into `text`. */
export interface HighlightedText {
  text: string;
  highlights: Array<[number, number]>;
}

export interface SearchHit {
  id: string;
  kind: SearchDocumentKind;
  questionId: string;
  title: HighlightedText;
  /** A short excerpt of the body around the matches. */
  snippet: HighlightedText;
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface SearchResult {
  total: number;
  hits: SearchHit[];
  facets: Partial<Record<FacetName, FacetCount[]>>;
}

export interface ReindexProgress {
  indexed: number;
  total: number;
}

export interface SearchEngine {
  readonly name: SearchEngineName;
  health(): Promise<SearchHealth>;
  /** Applies index settings and synonym groups idempotently (safe to call at every boot). */
  configure(settings: { synonyms: string[][] }): Promise<void>;
  /** Adds or replaces documents; resolves only once they are searchable. */
  upsert(documents: SearchDocument[]): Promise<void>;
  /** Removes documents by id; resolves only once they no longer appear in results. */
  remove(ids: string[]): Promise<void>;
  search(query: SearchQuery): Promise<SearchResult>;
  /** Search-as-you-type: question titles starting with or containing the prefix. */
  suggest(prefix: string, accessTokens: string[], limit: number): Promise<SearchHit[]>;
  /** Questions whose titles resemble `title` (duplicate prevention while a new question is typed). */
  similarQuestions(title: string, accessTokens: string[], limit: number): Promise<SearchHit[]>;
  /**
   * Builds a fresh index from `documents` and swaps it in at the end, so searches never see an
   * empty or half-built index.
   */
  rebuild(documents: AsyncIterable<SearchDocument[]>, total: number, onProgress?: (p: ReindexProgress) => void): Promise<void>;
  /** Every indexed id with its version, for reconciliation against MongoDB. */
  versions(): Promise<Map<string, number>>;
  close(): Promise<void>;
}
