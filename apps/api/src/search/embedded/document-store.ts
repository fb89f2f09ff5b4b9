import { FACETS, FacetName, SearchDocumentKind } from '../search-engine.port';

/** What the embedded index keeps of a document: enough to rank, filter, facet and display it. */
export interface StoredDocument {
  id: string;
  version: number;
  kind: SearchDocumentKind;
  questionId: string;
  title: string;
  body: string;
  createdAt: number;
  helpfulCount: number;
}

/** The segment of a document's codes (see CodeColumn) that holds access token ids. */
export const ACCESS_SEGMENT = FACETS.length;
const SEGMENTS = FACETS.length + 1;

/** Packs segments as [start offsets…, end, values…]. */
export function packCodes(segments: number[][]): Int32Array {
  const total = segments.reduce((sum, segment) => sum + segment.length, 0);
  const codes = new Int32Array(SEGMENTS + 1 + total);
  let at = SEGMENTS + 1;
  segments.forEach((segment, index) => {
    codes[index] = at;
    codes.set(segment, at);
    at += segment.length;
  });
  codes[SEGMENTS] = at;
  return codes;
}

/**
 * Every document's facet value ids (one segment per facet, in FACETS order) then access token ids,
 * packed one document after another in one array and found by document number. A filter pass over
 * 10k+ matches reads this array and nothing else: with one typed array per document object, it
 * spent its time waiting on memory (two pointers to follow per document), not on counting.
 */
export class CodeColumn {
  private pool = new Int32Array(1 << 16);
  private starts = new Int32Array(1024);
  private used = 0;

  set(docNum: number, codes: Int32Array): void {
    if (docNum >= this.starts.length) this.starts = grown(this.starts, docNum + 1);
    if (this.used + codes.length > this.pool.length) this.pool = grown(this.pool, this.used + codes.length);
    this.pool.set(codes, this.used);
    this.starts[docNum] = this.used;
    this.used += codes.length;
  }

  /** Where a document's codes begin in `pool`. */
  base(docNum: number): number {
    return this.starts[docNum];
  }

  /** Whether any id of segment `segment` of the codes at `base` is flagged. */
  anyFlagged(base: number, segment: number, flags: Uint8Array): boolean {
    const { pool } = this;
    const end = base + pool[base + segment + 1];
    for (let i = base + pool[base + segment]; i < end; i++) if (flags[pool[i]] === 1) return true;
    return false;
  }

  /** Adds one to `counts[id]` for each id of segments `first` to `last` (inclusive) of the codes at `base`. */
  count(base: number, first: number, last: number, counts: Int32Array): void {
    const { pool } = this;
    const end = base + pool[base + last + 1];
    for (let i = base + pool[base + first]; i < end; i++) counts[pool[i]]++;
  }

  /** Drops the codes of removed documents (replaced documents leave theirs behind until then). */
  compact(documentCount: number, isLive: (docNum: number) => boolean): void {
    const pool = new Int32Array(Math.max(1 << 16, this.used));
    let used = 0;
    for (let docNum = 0; docNum < documentCount; docNum++) {
      if (!isLive(docNum)) continue;
      const start = this.starts[docNum];
      const length = this.pool[start + SEGMENTS];
      pool.set(this.pool.subarray(start, start + length), used);
      this.starts[docNum] = used;
      used += length;
    }
    this.pool = pool;
    this.used = used;
  }
}

type GrowableArray = Int32Array<ArrayBuffer> | Uint8Array<ArrayBuffer> | Float32Array<ArrayBuffer> | Float64Array<ArrayBuffer>;

/** A copy of `array` with room for at least `size` entries (doubling, so appends stay amortised O(1)). */
export function grown<T extends GrowableArray>(array: T, size: number): T {
  const next = new (array.constructor as new (length: number) => T)(Math.max(size, array.length * 2));
  (next as Float64Array).set(array);
  return next;
}

/** Interns strings (facet values, access tokens) to small integers so filters are array lookups. */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly values: string[] = [];

  get size(): number {
    return this.values.length;
  }

  intern(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.push(value) - 1;
      this.ids.set(value, id);
    }
    return id;
  }

  id(value: string): number | undefined {
    return this.ids.get(value);
  }

  value(id: number): string {
    return this.values[id];
  }

  /** A lookup table flagging the ids of `values` that exist; unknown values match nothing. */
  flags(values: readonly string[]): Uint8Array {
    const flags = new Uint8Array(this.values.length);
    for (const value of values) {
      const id = this.ids.get(value);
      if (id !== undefined) flags[id] = 1;
    }
    return flags;
  }
}

/**
 * Facet values of every facet in one id space (an id says its facet), so counting several facets
 * over a document is one loop over its facet segments rather than one loop per facet.
 */
export class FacetVocabulary {
  private readonly ids = FACETS.map(() => new Map<string, number>());
  private readonly values: string[] = [];
  private readonly facets: number[] = [];

  get size(): number {
    return this.values.length;
  }

  intern(facet: number, value: string): number {
    let id = this.ids[facet].get(value);
    if (id === undefined) {
      id = this.values.push(value) - 1;
      this.facets.push(facet);
      this.ids[facet].set(value, id);
    }
    return id;
  }

  value(id: number): string {
    return this.values[id];
  }

  facet(id: number): number {
    return this.facets[id];
  }

  /** A lookup table flagging the ids of `values` of `facet`; unknown values match nothing. */
  flags(facet: number, values: readonly string[]): Uint8Array {
    const flags = new Uint8Array(this.values.length);
    for (const value of values) {
      const id = this.ids[facet].get(value);
      if (id !== undefined) flags[id] = 1;
    }
    return flags;
  }
}

export const FACET_INDEX: Record<FacetName, number> = Object.fromEntries(FACETS.map((facet, index) => [facet, index])) as Record<
  FacetName,
  number
>;
