import { SynonymTable } from '../analysis/synonyms';
import { buildSnippet, emptyHighlight, highlightTokens } from '../analysis/highlight';
import { tokenize } from '../analysis/tokenizer';
import {
  ReindexProgress,
  SearchDocument,
  SearchEngine,
  SearchHealth,
  SearchHit,
  SearchQuery,
  SearchResult,
} from '../search-engine.port';
import { normalisePaging } from '../search-paging';
import { EngineState } from './engine-state';
import { InvertedIndex, MatchSet } from './inverted-index';
import { planQuery } from './query-plan';
import { TimeSlicer } from './time-slicer';

/**
 * The in-process engine (used when MEILI_URL is unset): an inverted index in memory, rebuilt
 * from MongoDB at boot. Chosen by measurement, see docs/search-engine-choice.md.
 */
export class EmbeddedSearchEngine implements SearchEngine {
  readonly name = 'embedded' as const;
  private state = new EngineState();
  private synonyms = new SynonymTable();
  /** The generation a running rebuild fills; writes go to both so none is lost at the swap. */
  private next: EngineState | null = null;
  private removedDuringRebuild = new Set<string>();
  private rebuilding: Promise<void> = Promise.resolve();

  async health(): Promise<SearchHealth> {
    return { engine: this.name, ok: true, detail: `${this.state.documents.size} documents` };
  }

  async configure(settings: { synonyms: string[][] }): Promise<void> {
    this.synonyms = new SynonymTable(settings.synonyms);
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    for (const document of documents) {
      this.state.upsert(document);
      this.next?.upsert(document);
      this.removedDuringRebuild.delete(document.id);
    }
  }

  async remove(ids: string[]): Promise<void> {
    for (const id of ids) {
      this.state.remove(id);
      if (this.next) {
        this.next.remove(id);
        this.removedDuringRebuild.add(id);
      }
    }
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const { offset, limit } = normalisePaging(query.offset, query.limit);
    const index = this.state.documents;
    const matchedTerms = new Set<number>();
    const clauses = planQuery(query.text, this.synonyms, { prefixLast: true });
    const matches = index.filter(index.match(clauses, 'all', matchedTerms), { accessTokens: query.accessTokens, facets: query.filters }, query.facets ?? []);
    const page = index.rank(matches, query.sort ?? 'relevance', offset + limit).slice(offset);
    const matched = index.termsOf(matchedTerms);
    return {
      total: matches.count,
      hits: page.map((docNum) => toHit(index, docNum, matched, true)),
      facets: matches.facets,
    };
  }

  async suggest(prefix: string, accessTokens: string[], limit: number): Promise<SearchHit[]> {
    return this.searchTitles(prefix, accessTokens, limit, 'all');
  }

  async similarQuestions(title: string, accessTokens: string[], limit: number): Promise<SearchHit[]> {
    return this.searchTitles(title, accessTokens, limit, 'any');
  }

  async rebuild(documents: AsyncIterable<SearchDocument[]>, total: number, onProgress?: (p: ReindexProgress) => void): Promise<void> {
    // One rebuild at a time: a second one waits for the first rather than interleaving with it.
    const run = this.rebuilding.catch(() => undefined).then(() => this.runRebuild(documents, total, onProgress));
    this.rebuilding = run;
    return run;
  }

  async versions(): Promise<Map<string, number>> {
    return this.state.documents.versions();
  }

  async close(): Promise<void> {
    this.state = new EngineState();
  }

  private async runRebuild(documents: AsyncIterable<SearchDocument[]>, total: number, onProgress?: (p: ReindexProgress) => void): Promise<void> {
    const next = new EngineState();
    this.next = next;
    this.removedDuringRebuild = new Set();
    try {
      let indexed = 0;
      const slicer = new TimeSlicer();
      for await (const batch of documents) {
        for (const document of batch) {
          if (slicer.due) await slicer.yield();
          // A live upsert during the rebuild may be newer than what the stream read earlier.
          if (!this.removedDuringRebuild.has(document.id)) next.upsert(document, true);
        }
        indexed += batch.length;
        onProgress?.({ indexed, total });
      }
      this.state = next;
    } finally {
      this.next = null;
      this.removedDuringRebuild = new Set();
    }
  }

  private searchTitles(text: string, accessTokens: string[], limit: number, mode: 'all' | 'any'): SearchHit[] {
    const index = this.state.questionTitles;
    const clauses = planQuery(text, this.synonyms, { prefixLast: true });
    if (clauses.length === 0) return [];
    const matchedTerms = new Set<number>();
    const matches: MatchSet = index.filter(index.match(clauses, mode, matchedTerms), { accessTokens });
    const matched = index.termsOf(matchedTerms);
    return index.rank(matches, 'relevance', normalisePaging(0, limit).limit).map((docNum) => toHit(index, docNum, matched, false));
  }
}

function toHit(index: InvertedIndex, docNum: number, matched: Set<string>, withSnippet: boolean): SearchHit {
  const document = index.document(docNum);
  const titleTokens = tokenize(document.title);
  const title = highlightTokens(document.title, titleTokens, (i) => matched.has(titleTokens[i].term));
  let snippet = emptyHighlight();
  if (withSnippet) {
    const bodyTokens = tokenize(document.body);
    snippet = buildSnippet(document.body, bodyTokens, (i) => matched.has(bodyTokens[i].term));
  }
  return { id: document.id, kind: document.kind, questionId: document.questionId, title, snippet };
}
