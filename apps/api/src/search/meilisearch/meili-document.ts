import { canonicalText } from '../analysis/tokenizer';
import { FACETS, FacetName, SearchDocument, SearchDocumentKind } from '../search-engine.port';

/**
 * A document as stored in Meilisearch: originals for display, canonical copies (`*_n`, our own
 * normalisation, which handles Arabic better than the engine's) for matching, facets flattened
 * to `f_<facet>` for filtering and counting.
 */
export interface MeiliDocument {
  /** Meilisearch ids allow only [A-Za-z0-9_-]; ours contain ':' so the key is base64url. */
  pk: string;
  id: string;
  kind: SearchDocumentKind;
  questionId: string;
  version: number;
  title: string;
  body: string;
  title_n: string;
  tags_n: string;
  placeNames_n: string;
  body_n: string;
  createdAt: number;
  helpfulCount: number;
  readableBy: string[];
  [facetField: `f_${string}`]: string[];
}

export const PRIMARY_KEY = 'pk';

export function facetField(facet: FacetName): `f_${FacetName}` {
  return `f_${facet}`;
}

export function primaryKey(id: string): string {
  return Buffer.from(id, 'utf8').toString('base64url');
}

export function toMeiliDocument(document: SearchDocument): MeiliDocument {
  const meili: MeiliDocument = {
    pk: primaryKey(document.id),
    id: document.id,
    kind: document.kind,
    questionId: document.questionId,
    version: document.version,
    title: document.title,
    body: document.body,
    title_n: canonicalText(document.title),
    // Line breaks between list items keep words of different tags apart for proximity.
    tags_n: document.tags.map(canonicalText).join('\n'),
    placeNames_n: document.placeNames.map(canonicalText).join('\n'),
    body_n: canonicalText(document.body),
    createdAt: document.createdAt,
    helpfulCount: document.helpfulCount,
    readableBy: document.readableBy,
  };
  for (const facet of FACETS) meili[facetField(facet)] = document.facets[facet] ?? [];
  return meili;
}
