import { FACETS, FacetName } from '../search-engine.port';
import { facetField } from './meili-document';

/** A Meilisearch filter string literal: double quotes, with quotes and backslashes escaped. */
export function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/**
 * The permission filter plus facet filters, as one expression: access is decided inside the
 * engine, so hits, totals and facet counts never include unreadable documents.
 */
export function buildFilter(accessTokens: readonly string[], facets: Partial<Record<FacetName, string[]>> = {}, extra: string[] = []): string {
  const parts = [`readableBy IN [${accessTokens.map(quote).join(', ')}]`, ...extra];
  for (const facet of FACETS) {
    const values = facets[facet];
    if (values && values.length > 0) parts.push(`${facetField(facet)} IN [${values.map(quote).join(', ')}]`);
  }
  return parts.map((part) => `(${part})`).join(' AND ');
}
