import type { SessionState } from './session-store';

export function isSectorLead(session: SessionState): boolean {
  return session.status === 'signedIn' && session.viewer.roles.includes('SECTOR_LEAD');
}

/** Who may ask a research question: sector leads and platform admins (the API enforces it too). */
export function canAskQuestions(session: SessionState): boolean {
  return session.status === 'signedIn' && session.viewer.roles.some((role) => role === 'SECTOR_LEAD' || role === 'PLATFORM_ADMIN');
}
