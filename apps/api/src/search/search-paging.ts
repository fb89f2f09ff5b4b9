/** Defaults and bounds shared by both engines, so a page means the same thing in each. */
export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

export function normalisePaging(offset: number | undefined, limit: number | undefined): { offset: number; limit: number } {
  return {
    offset: Math.max(0, Math.floor(offset ?? 0)),
    limit: Math.min(MAX_LIMIT, Math.max(0, Math.floor(limit ?? DEFAULT_LIMIT))),
  };
}
