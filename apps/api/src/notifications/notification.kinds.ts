export const NOTIFICATION_KINDS = ['QUESTION_OPENED', 'CONTRIBUTION_ADDED', 'SYNTHESIS_PUBLISHED', 'QUESTION_INVITATION', 'DISCUSSION_CLOSING'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** How often a member gets e-mail; in-app notifications are always on. */
export const EMAIL_CADENCES = ['INSTANT', 'DAILY', 'WEEKLY', 'OFF'] as const;
export type EmailCadence = (typeof EMAIL_CADENCES)[number];
export const DEFAULT_EMAIL_CADENCE: EmailCadence = 'WEEKLY';

/** Something that happened, once: fanned out into one notification per recipient. */
export interface NotificationEvent {
  /** Deterministic (e.g. `contribution:<id>`), so deriving an event twice finds the first. */
  key: string;
  kind: NotificationKind;
  questionId: string;
  contributionId: string | null;
  synthesisVersion: number | null;
  closesAt: Date | null;
  /** Who caused it: never notified about their own action. */
  actorId: string | null;
}

export interface HubNotification {
  id: string;
  recipientId: string;
  kind: NotificationKind;
  questionId: string;
  contributionId: string | null;
  synthesisVersion: number | null;
  closesAt: Date | null;
  createdAt: Date;
  readAt: Date | null;
}
