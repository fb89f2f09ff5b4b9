import { boundedDistance } from './edit-distance';

export interface TermCandidate {
  termId: number;
  typos: number;
}

const START = '\u0002';
const END = '\u0003';

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

  /** Terms within `maxTypos` of `query` (or of a prefix of the term, in prefix mode), excluding exact matches. */
  typoCandidates(query: string, maxTypos: number, prefix: boolean): TermCandidate[] {
    if (maxTypos === 0) return [];
    const grams = [...new Set(bigramsOf(query, prefix))];
    // One typo changes at most three bigrams (a transposition), so candidates share the rest.
    const needed = Math.max(1, grams.length - 3 * maxTypos);
    if (this.counts.length < this.terms.length) this.counts = new Int32Array(this.terms.length * 2);
    const touched: number[] = [];
    for (const gram of grams) {
      for (const id of this.bigrams.get(gram) ?? []) {
        if (this.counts[id]++ === 0) touched.push(id);
      }
    }
    const result: TermCandidate[] = [];
    for (const id of touched) {
      const shared = this.counts[id];
      this.counts[id] = 0;
      if (shared < needed) continue;
      const term = this.terms[id];
      if (term === query) continue;
      const typos = boundedDistance(query, term, maxTypos, prefix);
      if (typos === 0 && prefix) continue; // already found by the prefix range
      if (typos <= maxTypos) result.push({ termId: id, typos });
    }
    return result;
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

function bigramsOf(term: string, prefix: boolean): string[] {
  const padded = START + term + (prefix ? '' : END);
  const grams: string[] = [];
  for (let i = 0; i + 2 <= padded.length; i++) grams.push(padded.slice(i, i + 2));
  return grams;
}
