// Three rows reused from call to call: a typo lookup measures hundreds of terms.
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Bounded optimal-string-alignment distance (Damerau-Levenshtein with adjacent transpositions,
 * which Meilisearch also counts as one typo). In prefix mode the query is compared with the
 * best-matching prefix of the term ("reisd" is one typo from the prefix of "residency").
 * Returns `max + 1` as soon as the distance must exceed `max`.
 */
export function boundedDistance(query: string, term: string, max: number, prefix: boolean): number {
  const n = query.length;
  const m = prefix ? Math.min(term.length, n + max) : term.length;
  if (!prefix && Math.abs(n - m) > max) return max + 1;
  if (prefix && m < n - max) return max + 1;
  if (rows[0].length < m + 1) rows = [0, 1, 2].map(() => new Int32Array(2 * (m + 1))) as [Int32Array, Int32Array, Int32Array];
  let [previous2, previous, current] = rows;
  for (let j = 0; j <= m; j++) {
    previous2[j] = 0;
    previous[j] = j;
    current[j] = 0;
  }
  for (let i = 1; i <= n; i++) {
    current[0] = i;
    let rowMin = current[0];
    for (let j = 1; j <= m; j++) {
      const cost = query.charCodeAt(i - 1) === term.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && query.charCodeAt(i - 1) === term.charCodeAt(j - 2) && query.charCodeAt(i - 2) === term.charCodeAt(j - 1)) {
        value = Math.min(value, previous2[j - 2] + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [previous2, previous, current] = [previous, current, previous2];
  }
  if (!prefix) return Math.min(previous[m], max + 1);
  let best = max + 1;
  for (let j = Math.max(0, n - max); j <= m; j++) best = Math.min(best, previous[j]);
  return best;
}
