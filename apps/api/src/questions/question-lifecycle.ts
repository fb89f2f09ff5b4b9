import type { QuestionStatus } from '@hub/domain';

/**
 * The lifecycle: draft → open → synthesising → closed, with the ways back a sector lead needs
 * (back to discussion, reopen). Pure data, so the rules are tested without a database.
 */
export const QUESTION_TRANSITIONS: Record<QuestionStatus, readonly QuestionStatus[]> = {
  DRAFT: ['OPEN'],
  OPEN: ['SYNTHESISING', 'CLOSED'],
  SYNTHESISING: ['OPEN', 'CLOSED'],
  CLOSED: ['OPEN'],
};

export function canTransition(from: QuestionStatus, to: QuestionStatus): boolean {
  return QUESTION_TRANSITIONS[from].includes(to);
}
