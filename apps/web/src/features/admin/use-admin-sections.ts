import { useSession } from '../account/session-context';
import { sectionsFor, type AdminSection } from './admin-sections';

/** The admin sections the signed-in person may open (none when signed out). */
export function useAdminSections(): AdminSection[] {
  const session = useSession();
  return session.status === 'signedIn' ? sectionsFor(session.viewer.roles) : [];
}
