import type { User } from '../accounts/accounts.types';
import type { Actor } from '../auth/actor';
import { canRead } from '../auth/read-access';
import type { Contribution } from '../contributions/contributions.types';
import type { ResearchQuestion, Synthesis } from '../questions/questions.types';

/** What a notification is about, loaded fresh when it is written, shown or e-mailed. */
export interface NotificationSubject {
  question: ResearchQuestion;
  contribution: Contribution | null;
  synthesis: Synthesis | null;
}

/** A recipient as the read rules see them (the same rules as a signed-in request). */
export function readerFor(user: User): Actor {
  return {
    userId: user.id,
    sessionId: '',
    organisationId: user.organisationId,
    organisationType: user.organisationType,
    roles: user.roles,
    leadSectors: user.leadSectors,
    sectors: user.sectors,
  };
}

/** The recipient may read everything the notification would show: the question, and the contribution or synthesis. */
export function canSeeSubject(reader: Actor, subject: NotificationSubject): boolean {
  if (!canRead(reader, subject.question.readableBy)) return false;
  if (subject.contribution && !canRead(reader, subject.contribution.readableBy)) return false;
  if (subject.synthesis && !canRead(reader, subject.synthesis.readableBy)) return false;
  return true;
}
