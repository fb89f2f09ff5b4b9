import type { Contribution } from '../contributions/contributions.types';
import type { ResearchQuestion, Synthesis } from '../questions/questions.types';
import type { NotificationEvent } from './notification.kinds';

/** Published and visible beyond its managers: drafts, held, rejected and archived items notify nobody (yet). */
function isLive(item: { review?: string | null; archivedAt: Date | null }): boolean {
  return item.review !== 'HELD' && item.review !== 'REJECTED' && !item.archivedAt;
}

const base = { contributionId: null, synthesisVersion: null, closesAt: null } as const;

/**
 * What a question's current state says has happened: it opened, organisations or sectors were
 * invited, a synthesis was published. Only what happened since notifications started counts
 * (`since`), so upgrading a hub does not announce its whole past.
 */
export function questionEvents(question: ResearchQuestion, latestSynthesis: Synthesis | null, since: Date): NotificationEvent[] {
  if (question.status === 'DRAFT' || !isLive(question)) return [];
  const events: NotificationEvent[] = [];
  if (question.createdAt >= since) {
    events.push({ ...base, key: `opened:${question.id}`, kind: 'QUESTION_OPENED', questionId: question.id, actorId: question.authorId });
  }
  // Per invitee, so organisations or sectors invited later hear about it too.
  if (question.createdAt >= since && question.status === 'OPEN') {
    for (const organisation of question.invitedOrganisations) {
      events.push({ ...base, key: `invited:${question.id}:org:${organisation}`, kind: 'QUESTION_INVITATION', questionId: question.id, actorId: question.authorId });
    }
    for (const sector of question.invitedSectors) {
      events.push({ ...base, key: `invited:${question.id}:sector:${sector}`, kind: 'QUESTION_INVITATION', questionId: question.id, actorId: question.authorId });
    }
  }
  if (latestSynthesis && latestSynthesis.publishedAt >= since) {
    events.push({ ...base, key: `synthesis:${question.id}:${latestSynthesis.version}`, kind: 'SYNTHESIS_PUBLISHED', questionId: question.id, synthesisVersion: latestSynthesis.version, actorId: latestSynthesis.authorId });
  }
  return events;
}

export function contributionEvents(contribution: Contribution, since: Date): NotificationEvent[] {
  if (!isLive(contribution) || contribution.createdAt < since) return [];
  return [{ ...base, key: `contribution:${contribution.id}`, kind: 'CONTRIBUTION_ADDED', questionId: contribution.questionId, contributionId: contribution.id, actorId: contribution.authorId }];
}

/** One reminder per question and closing date: moving the deadline reminds again. */
export function closingEvent(question: ResearchQuestion): NotificationEvent | null {
  if (question.status !== 'OPEN' || !question.closesAt || !isLive(question)) return null;
  return { ...base, key: `closing:${question.id}:${question.closesAt.toISOString()}`, kind: 'DISCUSSION_CLOSING', questionId: question.id, closesAt: question.closesAt, actorId: null };
}
