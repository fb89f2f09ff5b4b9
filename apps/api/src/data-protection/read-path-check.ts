/** One finding of the every-read-path test: who saw (or missed) what, where. */
export interface ReadPathProblem {
  role: string;
  path: string;
  kind: 'LEAK' | 'MISSING';
  item: string;
}

/**
 * Compares what a role saw on a read path with what it may see. `exact` paths (lists, pages,
 * counts) must show everything allowed; `noLeak` paths (search, suggestions) are ranked and
 * eventually consistent, so only extra items count.
 */
export function compareReadPath(role: string, path: string, seen: readonly string[], allowed: readonly string[], universe: readonly string[], mode: 'exact' | 'noLeak'): ReadPathProblem[] {
  const seenSet = new Set(seen.filter((item) => universe.includes(item)));
  const allowedSet = new Set(allowed);
  const leaks = [...seenSet].filter((item) => !allowedSet.has(item)).map((item) => ({ role, path, kind: 'LEAK' as const, item }));
  const missing = mode === 'exact' ? [...allowedSet].filter((item) => !seenSet.has(item)).map((item) => ({ role, path, kind: 'MISSING' as const, item })) : [];
  return [...leaks, ...missing];
}
