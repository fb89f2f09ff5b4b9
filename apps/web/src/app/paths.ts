export const ROUTES = {
  home: '/',
  search: '/search',
  ask: '/ask',
  status: '/status',
  moderation: '/moderation',
  signIn: '/sign-in',
  forgotPassword: '/forgot-password',
  invitation: '/invitation/:token',
  resetPassword: '/reset-password/:token',
  questions: '/questions',
  question: '/questions/:id',
  questionPrint: '/questions/:id/print',
  dashboard: '/dashboard',
  admin: '/admin',
  profile: '/profile',
  organisation: '/organisation',
  notifications: '/notifications',
  notificationSettings: '/settings/notifications',
} as const;

export function questionPath(id: string): string {
  return `/questions/${encodeURIComponent(id)}`;
}

/** The printable report of a question (with its synthesis). */
export function questionPrintPath(id: string): string {
  return `${questionPath(id)}/print`;
}

/** The sign-in page, returning to `next` afterwards. */
export function signInPath(next?: string): string {
  return next && next !== ROUTES.home ? `${ROUTES.signIn}?next=${encodeURIComponent(next)}` : ROUTES.signIn;
}

/** Only same-app paths: never follow `next` to another site. */
export function safeNextPath(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : ROUTES.home;
}
