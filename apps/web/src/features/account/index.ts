export { AccountMenu } from './account-menu';
export { createAuthLink } from './auth-link';
export { RequireSession } from './require-session';
export { SessionProvider, useSession, useSessionStore } from './session-context';
export { SessionStore, type SessionState, type Viewer } from './session-store';
export { isSectorLead, canAskQuestions } from './roles';
