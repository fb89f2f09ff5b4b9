import { MODERATORS_TOKEN, userToken } from '../auth/read-access';

/**
 * The personal-data review every kind of content shares (questions, contributions, comments,
 * synthesis versions). HELD: posted although personal data was detected, readable only by its
 * author and moderators until a moderator decides. REJECTED stays that way; APPROVED is published
 * with the access its labels give.
 */
export const REVIEW_STATES = ['HELD', 'APPROVED', 'REJECTED'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

/** Held for review: only the author and moderators read it until a moderator decides. */
export const heldReadableBy = (authorId: string) => [userToken(authorId), MODERATORS_TOKEN];

/** Held or rejected content keeps the managers-only tokens whatever else changes. */
export const isWithheld = (review: ReviewState | null | undefined): boolean => review === 'HELD' || review === 'REJECTED';

/**
 * The review state after a write: new personal data (posted anyway) holds the item, and an edit of
 * a held or rejected item goes back to the queue, since a moderator has not seen the new text.
 */
export function reviewAfterWrite(current: ReviewState | null | undefined, heldFor: string[]): ReviewState | null {
  if (heldFor.length || isWithheld(current)) return 'HELD';
  return current ?? null;
}

/** The review fields as the services see them, from a stored record (absent on never-held content). */
export function reviewFields(record: { review?: ReviewState | null; heldFor?: string[] | null; reviewReason?: string | null }): {
  review: ReviewState | null;
  heldFor: string[];
  reviewReason: string | null;
} {
  return { review: record.review ?? null, heldFor: record.heldFor ?? [], reviewReason: record.reviewReason || null };
}

/** Latest first among versions everyone with access may read: held and rejected ones are left out. */
export const published = <T extends { review?: ReviewState | null }>(items: readonly T[]): T[] => items.filter((item) => !isWithheld(item.review));
