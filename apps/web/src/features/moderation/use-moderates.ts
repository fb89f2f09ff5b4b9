import { useSession } from '../account/session-context';

/** Moderators and platform admins review held content (the API enforces the same roles). */
export function useModerates(): boolean {
  const session = useSession();
  return session.status === 'signedIn' && session.viewer.roles.some((role) => role === 'MODERATOR' || role === 'PLATFORM_ADMIN');
}
