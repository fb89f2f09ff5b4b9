import { boundedDistance } from './edit-distance';

export interface TermCandidate {
  termId: number;
  typos: number;
}

const START = '\u0002';
const END = '\u0003';
// Typo candidates of words already looked up (search-as-you-type and popular searches repeat them).
// The dictionary only grows, so an entry stays exact by checking the terms added since; an entry
// too far behind is recomputed, and the memo is cleared when full.
const TYPO_MEMO_MAX = 5_000;
const TYPO_MEMO_CATCH_UP_MAX = 2_000;

/** A candidate with the first of the query's bigrams it shares (the order a full scan finds it in). */
interface RankedCandidate extends TermCandidate {
  firstGram: number;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Every distinct term, with a sorted view for prefix ranges and a bigram index that narrows
 * typo candidates before the exact (bounded) edit distance is computed.
 */
export class TermDictionary {
  private readonly ids = new Map<string, number>();
  private readonly terms: string[] = [];
  private sorted: number[] = [];
  private unsorted: number[] = [];
  private readonly bigrams = new Map<string, number[]>();
  private counts = new Int32Array(0);
  private readonly typoMemo = new Map<string, { upTo: number; candidates: RankedCandidate[] }>();

  get size(): number {
    return this.terms.length;
  }

  id(term: string): number | undefined {
    return this.ids.get(term);
  }

  term(id: number): string {
    return this.terms[id];
  }

  intern(term: string): number {
    const existing = this.ids.get(term);
    if (existing !== undefined) return existing;
    const id = this.terms.push(term) - 1;
    this.ids.set(term, id);
    this.unsorted.push(id);
    for (const gram of new Set(bigramsOf(term, false))) {
      const list = this.bigrams.get(gram);
      if (list) list.push(id);
      else this.bigrams.set(gram, [id]);
    }
    return id;
  }

  /** Term ids starting with `prefix`, in term order. */
  prefixRange(prefix: string): number[] {
    this.ensureSorted();
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.terms[this.sorted[mid]] < prefix) low = mid + 1;
      else high = mid;
    }
    const result: number[] = [];
    for (let i = low; i < this.sorted.length && this.terms[this.sorted[i]].startsWith(prefix); i++) result.push(this.sorted[i]);
    return result;
  }

  /**
   * Terms within `maxTypos` of `query` (or of a prefix of the term, in prefix mode), excluding exact
   * matches, in the order a scan of the query's bigram lists first meets them.
   */
  typoCandidates(query: string, maxTypos: number, prefix: boolean): TermCandidate[] {
    if (maxTypos === 0) return [];
    const key = `${maxTypos}${prefix ? 'p' : 'w'}${query}`;
    let known = this.typoMemo.get(key);
    if (!known || this.terms.length - known.upTo > TYPO_MEMO_CATCH_UP_MAX) {
      if (this.typoMemo.size >= TYPO_MEMO_MAX) this.typoMemo.clear();
      known = { upTo: this.terms.length, candidates: this.scanTypoCandidates(query, maxTypos, prefix) };
      this.typoMemo.set(key, known);
    } else if (known.upTo < this.terms.length) {
      this.catchUpTypoCandidates(query, maxTypos, prefix, known);
    }
    return known.candidates.map(({ termId, typos }) => ({ termId, typos }));
  }

  private scanTypoCandidates(query: string, maxTypos: number, prefix: boolean): RankedCandidate[] {
    const grams = [...new Set(bigramsOf(query, prefix))];
    const needed = typoBigramsNeeded(grams.length, maxTypos);
    if (this.counts.length < this.terms.length) this.counts = new Int32Array(this.terms.length * 2);
    const touched: number[] = [];
    const firstGrams: number[] = [];
    grams.forEach((gram, g) => {
      for (const id of this.bigrams.get(gram) ?? []) {
        if (this.counts[id]++ === 0) {
          touched.push(id);
          firstGrams.push(g);
        }
      }
    });
    const result: RankedCandidate[] = [];
    touched.forEach((id, t) => {
      const shared = this.counts[id];
      this.counts[id] = 0;
      const candidate = this.typoCandidate(query, maxTypos, prefix, id, shared, needed);
      if (candidate) result.push({ ...candidate, firstGram: firstGrams[t] });
    });
    return result;
  }

  /** Adds the candidates among terms interned since the entry was made, where a scan would place them. */
  private catchUpTypoCandidates(query: string, maxTypos: number, prefix: boolean, known: { upTo: number; candidates: RankedCandidate[] }): void {
    const grams = [...new Set(bigramsOf(query, prefix))];
    const needed = typoBigramsNeeded(grams.length, maxTypos);
    let added = false;
    for (let id = known.upTo; id < this.terms.length; id++) {
      const termGrams = new Set(bigramsOf(this.terms[id], false));
      let shared = 0;
      let firstGram = -1;
      grams.forEach((gram, g) => {
        if (!termGrams.has(gram)) return;
        shared++;
        if (firstGram < 0) firstGram = g;
      });
      const candidate = shared > 0 ? this.typoCandidate(query, maxTypos, prefix, id, shared, needed) : null;
      if (candidate) {
        known.candidates.push({ ...candidate, firstGram });
        added = true;
      }
    }
    // A scan meets terms bigram by bigram, each bigram's terms in id order.
    if (added) known.candidates.sort((a, b) => a.firstGram - b.firstGram || a.termId - b.termId);
    known.upTo = this.terms.length;
  }

  private typoCandidate(query: string, maxTypos: number, prefix: boolean, id: number, shared: number, needed: number): TermCandidate | null {
    if (shared < needed) return null;
    const term = this.terms[id];
    if (term === query) return null;
    const typos = boundedDistance(query, term, maxTypos, prefix);
    if (typos === 0 && prefix) return null; // already found by the prefix range
    return typos <= maxTypos ? { termId: id, typos } : null;
  }

  private ensureSorted(): void {
    if (this.unsorted.length === 0) return;
    if (this.unsorted.length > 256) {
      this.sorted.push(...this.unsorted);
      this.sorted.sort((a, b) => compare(this.terms[a], this.terms[b]));
    } else {
      // A few new terms after an upsert: insert them instead of resorting the whole dictionary.
      for (const id of this.unsorted) {
        const term = this.terms[id];
        let low = 0;
        let high = this.sorted.length;
        while (low < high) {
          const mid = (low + high) >>> 1;
          if (this.terms[this.sorted[mid]] < term) low = mid + 1;
          else high = mid;
        }
        this.sorted.splice(low, 0, id);
      }
    }
    this.unsorted = [];
  }
}

// One typo changes at most three bigrams (a transposition), so candidates share the rest.
function typoBigramsNeeded(grams: number, maxTypos: number): number {
  return Math.max(1, grams - 3 * maxTypos);
}

function bigramsOf(term: string, prefix: boolean): string[] {
  const padded = START + term + (prefix ? '' : END);
  const grams: string[] = [];
  for (let i = 0; i + 2 <= padded.length; i++) grams.push(padded.slice(i, i + 2));
  return grams;
}
