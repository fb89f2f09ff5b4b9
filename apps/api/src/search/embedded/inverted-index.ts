import { FACETS, FacetCount, FacetName, SearchDocumentKind, SearchSort } from '../search-engine.port';
import { allowedTypos, tokenize } from '../analysis/tokenizer';
import { ACCESS_SEGMENT, CodeColumn, FACET_INDEX, FacetVocabulary, StoredDocument, Vocabulary, grown, packCodes } from './document-store';
import { PostingList } from './posting-list';
import { Alternative, Clause, QueryWord } from './query-plan';
import { bm25, inverseDocumentFrequency, topK } from './scoring';
import { TermDictionary } from './term-dictionary';

export interface IndexRecord {
  id: string;
  version: number;
  kind: SearchDocumentKind;
  questionId: string;
  title: string;
  body: string;
  /** Searchable texts with their weights (a title word counts more than a body word). */
  fields: Array<{ text: string; weight: number }>;
  facets: Record<FacetName, string[]>;
  readableBy: string[];
  createdAt: number;
  helpfulCount: number;
}

/** Documents matching a query: `docs[0..count)` with dense scores by document number. */
export interface MatchSet {
  docs: Int32Array;
  count: number;
  scores: Float32Array;
}

export interface IndexFilter {
  accessTokens: string[];
  facets?: Partial<Record<FacetName, string[]>>;
}

// Bounds on how many dictionary terms one typed word may expand to (prefixes of one or two
// letters would otherwise touch most of the dictionary).
const MAX_PREFIX_TERMS = 50;
const MAX_TYPO_TERMS = 20;
const PREFIX_WEIGHT = 0.8;
const TYPO_WEIGHTS = [1, 0.6, 0.4];

/** Word sets as dense score arrays plus the list of documents they contain. */
interface WordSet {
  docs: number[];
  scores: Float32Array;
}

/**
 * An in-memory inverted index: canonical terms → posting lists, with per-document facet values
 * and access tokens for filtering. Removed documents are tombstoned and compacted in bulk.
 */
export class InvertedIndex {
  private readonly dictionary = new TermDictionary();
  private readonly postings: Array<PostingList | undefined> = [];
  private readonly documents: Array<StoredDocument | undefined> = [];
  private readonly byId = new Map<string, number>();
  private readonly facetValues = new FacetVocabulary();
  private readonly accessVocabulary = new Vocabulary();
  private readonly codes = new CodeColumn();
  // Per document number: what filtering and ranking read for every match, kept in flat arrays.
  private live = new Uint8Array(1024);
  private lengths = new Float32Array(1024);
  private createdAt = new Float64Array(1024);
  private helpfulCount = new Float64Array(1024);
  private totalLength = 0;
  private dead = 0;

  get size(): number {
    return this.byId.size;
  }

  /** Adds or replaces a document; with `onlyIfNewer`, an older version never replaces a newer one. */
  upsert(record: IndexRecord, onlyIfNewer = false): void {
    const existing = this.byId.get(record.id);
    if (existing !== undefined) {
      if (onlyIfNewer && (this.documents[existing]?.version ?? -1) > record.version) return;
      this.remove(record.id);
    }
    const docNum = this.documents.length;
    this.ensureCapacity(docNum + 1);
    const frequencies = new Map<number, number>();
    let length = 0;
    for (const field of record.fields) {
      const tokens = tokenize(field.text);
      length += tokens.length * field.weight;
      for (const token of tokens) {
        const termId = this.dictionary.intern(token.term);
        frequencies.set(termId, (frequencies.get(termId) ?? 0) + field.weight);
      }
    }
    for (const [termId, weight] of frequencies) {
      let list = this.postings[termId];
      if (!list) this.postings[termId] = list = new PostingList();
      list.append(docNum, weight);
    }
    this.documents.push({
      id: record.id,
      version: record.version,
      kind: record.kind,
      questionId: record.questionId,
      title: record.title,
      body: record.body,
      createdAt: record.createdAt,
      helpfulCount: record.helpfulCount,
    });
    this.codes.set(
      docNum,
      packCodes([
        ...FACETS.map((facet, index) => (record.facets[facet] ?? []).map((value) => this.facetValues.intern(index, value))),
        record.readableBy.map((token) => this.accessVocabulary.intern(token)),
      ]),
    );
    this.byId.set(record.id, docNum);
    this.live[docNum] = 1;
    this.lengths[docNum] = length;
    this.createdAt[docNum] = record.createdAt;
    this.helpfulCount[docNum] = record.helpfulCount;
    this.totalLength += length;
  }

  remove(id: string): boolean {
    const docNum = this.byId.get(id);
    if (docNum === undefined) return false;
    this.byId.delete(id);
    this.documents[docNum] = undefined;
    this.live[docNum] = 0;
    this.totalLength -= this.lengths[docNum];
    this.dead++;
    if (this.dead > 1000 && this.dead > this.byId.size / 5) this.compact();
    return true;
  }

  version(id: string): number | undefined {
    const docNum = this.byId.get(id);
    return docNum === undefined ? undefined : this.documents[docNum]?.version;
  }

  versions(): Map<string, number> {
    const result = new Map<string, number>();
    for (const docNum of this.byId.values()) {
      const document = this.documents[docNum];
      if (document) result.set(document.id, document.version);
    }
    return result;
  }

  document(docNum: number): StoredDocument {
    const document = this.documents[docNum];
    if (!document) throw new Error(`Document ${docNum} was removed`);
    return document;
  }

  /** Expands a typed word to dictionary terms (exact, prefix, typo) with their weights. */
  expand(word: QueryWord): Map<number, number> {
    const weights = new Map<number, number>();
    const offer = (termId: number, weight: number): void => {
      if ((weights.get(termId) ?? 0) < weight * word.boost) weights.set(termId, weight * word.boost);
    };
    const exact = this.dictionary.id(word.term);
    if (exact !== undefined) offer(exact, 1);
    if (word.prefix) {
      for (const termId of this.mostFrequent(this.dictionary.prefixRange(word.term), MAX_PREFIX_TERMS)) offer(termId, PREFIX_WEIGHT);
    }
    if (word.typos) {
      const candidates = this.dictionary.typoCandidates(word.term, allowedTypos(word.term), word.prefix);
      candidates.sort((a, b) => a.typos - b.typos || this.frequency(b.termId) - this.frequency(a.termId));
      for (const candidate of candidates.slice(0, MAX_TYPO_TERMS)) offer(candidate.termId, TYPO_WEIGHTS[candidate.typos] * (word.prefix ? PREFIX_WEIGHT : 1));
    }
    return weights;
  }

  /**
   * Documents matching the clauses: all of them ('all', for search) or any ('any', for similar
   * questions); each clause matches when any alternative has all its words. An empty query
   * matches every document.
   */
  match(clauses: Clause[], mode: 'all' | 'any', matchedTerms: Set<number>): MatchSet {
    if (clauses.length === 0) return this.everything();
    const sets = clauses.map((clause) => this.union(clause.map((alternative) => this.matchAlternative(alternative, matchedTerms)), 'max'));
    const combined = mode === 'all' ? this.intersect(sets) : this.union(sets, 'sum');
    return { docs: Int32Array.from(combined.docs), count: combined.docs.length, scores: combined.scores };
  }

  /**
   * Keeps the documents the searcher may read that pass the facet filters, and counts the values of
   * `countFacets` over what it keeps in the same pass: each document's codes are fetched once (with
   * 10k+ matches, a pass per facet spent its time on memory, not on counting).
   */
  filter(matches: MatchSet, filter: IndexFilter, countFacets: readonly FacetName[] = []): MatchSet & { facets: Partial<Record<FacetName, FacetCount[]>> } {
    const access = this.accessVocabulary.flags(filter.accessTokens);
    const facetFlags: Array<[number, Uint8Array]> = [];
    for (const facet of FACETS) {
      const values = filter.facets?.[facet];
      if (values && values.length > 0) facetFlags.push([FACET_INDEX[facet], this.facetValues.flags(FACET_INDEX[facet], values)]);
    }
    // Facet segments are adjacent: the span from the first to the last facet asked for is counted in one loop.
    const segments = countFacets.map((facet) => FACET_INDEX[facet]);
    const first = Math.min(...segments);
    const last = Math.max(...segments);
    const counts = new Int32Array(this.facetValues.size);
    const { live, codes } = this;
    const accessSegment = ACCESS_SEGMENT;
    const docs = new Int32Array(matches.count);
    let count = 0;
    next: for (let i = 0; i < matches.count; i++) {
      const docNum = matches.docs[i];
      if (live[docNum] === 0) continue;
      const base = codes.base(docNum);
      if (!codes.anyFlagged(base, accessSegment, access)) continue;
      for (let f = 0; f < facetFlags.length; f++) if (!codes.anyFlagged(base, facetFlags[f][0], facetFlags[f][1])) continue next;
      docs[count++] = docNum;
      if (segments.length > 0) codes.count(base, first, last, counts);
    }
    const lists = new Map<number, FacetCount[]>(segments.map((segment) => [segment, []]));
    counts.forEach((value, id) => {
      if (value > 0) lists.get(this.facetValues.facet(id))?.push({ value: this.facetValues.value(id), count: value });
    });
    const facets: Partial<Record<FacetName, FacetCount[]>> = {};
    for (const facet of countFacets) facets[facet] = (lists.get(FACET_INDEX[facet]) ?? []).sort(compareFacetCounts);
    return { docs, count, scores: matches.scores, facets };
  }

  /** The best `k` documents of the match set in the requested order. */
  rank(matches: MatchSet, sort: SearchSort, k: number): number[] {
    const { createdAt, helpfulCount } = this;
    const relevance = matches.scores;
    // The sort's keys in turn, then the lower document number; read from flat arrays, not document objects.
    const better =
      sort === 'newest'
        ? (a: number, b: number): boolean => (createdAt[a] !== createdAt[b] ? createdAt[a] > createdAt[b] : relevance[a] !== relevance[b] ? relevance[a] > relevance[b] : a < b)
        : sort === 'mostHelpful'
          ? (a: number, b: number): boolean =>
              helpfulCount[a] !== helpfulCount[b]
                ? helpfulCount[a] > helpfulCount[b]
                : createdAt[a] !== createdAt[b]
                  ? createdAt[a] > createdAt[b]
                  : relevance[a] !== relevance[b]
                    ? relevance[a] > relevance[b]
                    : a < b
          : (a: number, b: number): boolean => (relevance[a] !== relevance[b] ? relevance[a] > relevance[b] : createdAt[a] !== createdAt[b] ? createdAt[a] > createdAt[b] : a < b);
    return topK(matches.docs, matches.count, k, better);
  }

  /** The canonical terms a query matched, for highlighting (a hit's words are looked up in a set this small). */
  termsOf(matchedTerms: Set<number>): Set<string> {
    return new Set([...matchedTerms].map((termId) => this.dictionary.term(termId)));
  }

  private matchAlternative(alternative: Alternative, matchedTerms: Set<number>): WordSet {
    return this.intersect(alternative.map((word) => this.matchWord(word, matchedTerms)));
  }

  private matchWord(word: QueryWord, matchedTerms: Set<number>): WordSet {
    const scores = new Float32Array(this.documents.length);
    const docs: number[] = [];
    const liveCount = Math.max(1, this.byId.size);
    const averageLength = this.totalLength / liveCount;
    for (const [termId, weight] of this.expand(word)) {
      const list = this.postings[termId];
      if (!list || list.length === 0) continue;
      matchedTerms.add(termId);
      // Postings of replaced documents stay until compaction: count live ones only, or a word
      // rewritten often would seem to be in more documents than exist, its IDF would turn
      // negative and its matches would score 0 (read as "no match" when words are intersected).
      let frequency = this.dead === 0 ? list.length : 0;
      if (this.dead > 0) for (let i = 0; i < list.length; i++) frequency += this.live[list.docs[i]];
      const idf = inverseDocumentFrequency(frequency, liveCount);
      for (let i = 0; i < list.length; i++) {
        const docNum = list.docs[i];
        if (this.live[docNum] === 0) continue;
        const score = weight * bm25(idf, list.weights[i], this.lengths[docNum], averageLength);
        if (scores[docNum] === 0) docs.push(docNum);
        if (score > scores[docNum]) scores[docNum] = score;
      }
    }
    return { docs, scores };
  }

  private intersect(sets: WordSet[]): WordSet {
    if (sets.length === 1) return sets[0];
    const ordered = [...sets].sort((a, b) => a.docs.length - b.docs.length);
    const scores = new Float32Array(this.documents.length);
    const docs: number[] = [];
    for (const docNum of ordered[0].docs) {
      let total = 0;
      let everywhere = true;
      for (const set of ordered) {
        const score = set.scores[docNum];
        if (score === 0) {
          everywhere = false;
          break;
        }
        total += score;
      }
      if (everywhere) {
        docs.push(docNum);
        scores[docNum] = total;
      }
    }
    return { docs, scores };
  }

  private union(sets: WordSet[], combine: 'max' | 'sum'): WordSet {
    if (sets.length === 1) return sets[0];
    const scores = new Float32Array(this.documents.length);
    const docs: number[] = [];
    for (const set of sets) {
      for (const docNum of set.docs) {
        const score = set.scores[docNum];
        if (scores[docNum] === 0) docs.push(docNum);
        scores[docNum] = combine === 'sum' ? scores[docNum] + score : Math.max(scores[docNum], score);
      }
    }
    return { docs, scores };
  }

  private everything(): MatchSet {
    const docs = new Int32Array(this.byId.size);
    let count = 0;
    for (let docNum = 0; docNum < this.documents.length; docNum++) if (this.live[docNum] === 1) docs[count++] = docNum;
    return { docs, count, scores: new Float32Array(this.documents.length) };
  }

  private frequency(termId: number): number {
    return this.postings[termId]?.length ?? 0;
  }

  private mostFrequent(termIds: number[], limit: number): number[] {
    if (termIds.length <= limit) return termIds;
    return [...termIds].sort((a, b) => this.frequency(b) - this.frequency(a)).slice(0, limit);
  }

  private compact(): void {
    const isLive = (docNum: number): boolean => this.live[docNum] === 1;
    for (const list of this.postings) list?.compact(isLive);
    this.codes.compact(this.documents.length, isLive);
    this.dead = 0;
  }

  private ensureCapacity(size: number): void {
    if (size <= this.live.length) return;
    // The four have the same length, so they grow to the same capacity.
    this.live = grown(this.live, size);
    this.lengths = grown(this.lengths, size);
    this.createdAt = grown(this.createdAt, size);
    this.helpfulCount = grown(this.helpfulCount, size);
  }
}

function compareFacetCounts(a: FacetCount, b: FacetCount): number {
  return b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);
}
