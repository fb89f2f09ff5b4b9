import { randomBytes } from 'node:crypto';
import type { SignedInUser } from './make';
import { expectData } from './operations';
import type { TestApp } from './test-app';

type Caller = { gql: SignedInUser['gql'] };

export interface SearchHitView {
  id: string;
  kind: string;
  questionId: string;
  title: { text: string; highlights: Array<{ start: number; end: number }> };
  snippet: { text: string; highlights: Array<{ start: number; end: number }> };
}

export interface SearchResultsView {
  totalCount: number;
  hits: SearchHitView[];
  facets: Array<{ facet: string; values: Array<{ value: string; label: string; count: number | null; lessThan: number | null }> }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const HIT = 'id kind questionId title { text highlights { start end } } snippet { text highlights { start end } }';

/** A word no other test uses (letters only, so every tokenizer keeps it whole). */
export function uniqueWord(prefix = 'zq'): string {
  return prefix + [...randomBytes(6)].map((byte) => String.fromCharCode(97 + (byte % 26))).join('');
}

export const searchOps = {
  search: (as: Caller, input: Record<string, unknown>) =>
    as.gql<{ search: SearchResultsView }>(
      `query($input: SearchInput!) { search(input: $input) { totalCount hits { ${HIT} } facets { facet values { value label count lessThan } } pageInfo { hasNextPage endCursor } } }`,
      { input },
    ),

  suggestions: (as: Caller, prefix: string, first?: number) =>
    as.gql<{ searchSuggestions: SearchHitView[] }>(`query($p: String!, $f: Int) { searchSuggestions(prefix: $p, first: $f) { ${HIT} } }`, { p: prefix, f: first }),

  similarQuestions: (as: Caller, title: string, first?: number) =>
    as.gql<{ similarQuestions: SearchHitView[] }>(`query($t: String!, $f: Int) { similarQuestions(title: $t, first: $f) { ${HIT} } }`, { t: title, f: first }),

  reindexSearch: (as: Caller) => as.gql<{ reindexSearch: { state: string } }>('mutation { reindexSearch { state indexed total } }'),

  searchIndexStatus: (as: Caller) =>
    as.gql<{ searchIndexStatus: { state: string; indexed: number; total: number; lagMs: number; engine: string; finishedAt: string | null } }>(
      '{ searchIndexStatus { state indexed total startedAt finishedAt lagMs engine } }',
    ),

  searchReconciliation: (as: Caller) =>
    as.gql<{ searchReconciliation: { missing: string[]; stale: string[]; extra: string[] } }>('{ searchReconciliation { missing stale extra } }'),
};

/** Polls `probe` until `accept` holds (no fixed sleeps: the condition decides). */
export async function waitFor<T>(probe: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 20_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (accept(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what} not met within ${timeoutMs} ms; last value ${JSON.stringify(value).slice(0, 500)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Search as `as` until `accept` holds for the results. */
export async function searchUntil(as: Caller, input: Record<string, unknown>, accept: (results: SearchResultsView) => boolean): Promise<SearchResultsView> {
  return waitFor(async () => expectData(await searchOps.search(as, input)).search, accept, 20_000, `search ${JSON.stringify(input)}`);
}

/** Waits until nothing is pending in the outbox (lag 0 at /ready). */
export async function waitForSearchLagZero(hub: TestApp, timeoutMs = 30_000): Promise<void> {
  await waitFor(
    async () => (await (await fetch(`${hub.url}/ready`)).json()) as { search: { lagMs: number | null } },
    (body) => body.search.lagMs === 0,
    timeoutMs,
    'search lag 0',
  );
}
