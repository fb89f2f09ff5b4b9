import type { SearchFiltersInput, SearchSort } from '../../graphql/generated/graphql';

/** The facets the API counts, and the filter each one sets. */
export const FACET_FILTERS = {
  kind: 'kinds',
  sector: 'sectors',
  status: 'statuses',
  governorate: 'governorates',
  district: 'districts',
  cohort: 'cohorts',
  evidenceType: 'evidenceTypes',
  organisationType: 'organisationTypes',
  year: 'years',
  language: 'languages',
} as const satisfies Record<string, keyof SearchFiltersInput>;

export type FacetName = keyof typeof FACET_FILTERS;
export const FACET_NAMES = Object.keys(FACET_FILTERS) as FacetName[];
export const SEARCH_SORTS: readonly SearchSort[] = ['RELEVANCE', 'NEWEST', 'MOST_HELPFUL'];

export function isFacetName(value: string): value is FacetName {
  return value in FACET_FILTERS;
}

export interface SearchState {
  text: string;
  sort: SearchSort;
  selected: Partial<Record<FacetName, string[]>>;
}

/** The whole search lives in the URL (`?q=…&sector=SHELTER&sector=EDU&sort=NEWEST`): shareable, back-button safe. */
export function searchStateFromParams(params: URLSearchParams): SearchState {
  const sortParam = params.get('sort');
  const sort = SEARCH_SORTS.find((value) => value === sortParam) ?? 'RELEVANCE';
  const selected: Partial<Record<FacetName, string[]>> = {};
  for (const facet of FACET_NAMES) {
    const values = params.getAll(facet).filter(Boolean);
    if (values.length) selected[facet] = values;
  }
  return { text: params.get('q') ?? '', sort, selected };
}

export function searchStateToParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.text.trim()) params.set('q', state.text.trim());
  if (state.sort !== 'RELEVANCE') params.set('sort', state.sort);
  for (const facet of FACET_NAMES) for (const value of state.selected[facet] ?? []) params.append(facet, value);
  return params;
}

export function filtersOf(state: SearchState): SearchFiltersInput {
  const filters: SearchFiltersInput = {};
  for (const facet of FACET_NAMES) {
    const values = state.selected[facet];
    if (values?.length) filters[FACET_FILTERS[facet]] = values;
  }
  return filters;
}

export function toggleValue(state: SearchState, facet: FacetName, value: string, on: boolean): SearchState {
  const current = state.selected[facet] ?? [];
  const next = on ? [...current.filter((item) => item !== value), value] : current.filter((item) => item !== value);
  return { ...state, selected: { ...state.selected, [facet]: next } };
}

export function hasFilters(state: SearchState): boolean {
  return FACET_NAMES.some((facet) => (state.selected[facet]?.length ?? 0) > 0);
}

/** Where a hit lives: its question, at the contribution or the synthesis when it is one. */
export function hitPath(hit: { id: string; kind: string; questionId: string }): string {
  const base = `/questions/${encodeURIComponent(hit.questionId)}`;
  const [, id] = hit.id.split(':');
  if (hit.kind === 'contribution' && id) return `${base}#contribution-${id}`;
  if (hit.kind === 'synthesis') return `${base}#synthesis-heading`;
  return base;
}
