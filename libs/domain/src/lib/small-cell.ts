/**
 * Small-cell protection (DOMAIN.md): a count below k can identify people in a small place or
 * cohort, so it is shown as "fewer than k" instead. `count` is null when suppressed.
 */
export interface ProtectedCount {
  count: number | null;
  lessThan: number | null;
}

export function smallCell(count: number, k: number): ProtectedCount {
  return count > 0 && count < k ? { count: null, lessThan: k } : { count, lessThan: null };
}
