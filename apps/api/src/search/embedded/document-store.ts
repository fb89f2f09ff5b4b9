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
  /** Value ids per facet, in FACETS order. */
  facetValues: Int32Array[];
  /** Access token ids (see SearchDocument.readableBy). */
  access: Int32Array;
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

export const FACET_INDEX: Record<FacetName, number> = Object.fromEntries(FACETS.map((facet, index) => [facet, index])) as Record<
  FacetName,
  number
>;
