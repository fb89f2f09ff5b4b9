import type { OrganisationType, Role } from '@hub/domain';

/** The signed-in user a request acts for, as the services see it. */
export interface Actor {
  userId: string;
  sessionId: string;
  organisationId: string;
  organisationType: OrganisationType;
  roles: Role[];
  /** Sectors (codes) this user leads, when they hold SECTOR_LEAD. */
  leadSectors: string[];
  /** Sectors (codes) this user works in; grants reading content confidential to those sectors. */
  sectors: string[];
}

export function hasRole(actor: Actor | null, ...roles: Role[]): boolean {
  return !!actor && roles.some((role) => actor.roles.includes(role));
}

/** Platform admins can do everything moderators can. */
export function isModerator(actor: Actor | null): boolean {
  return hasRole(actor, 'MODERATOR', 'PLATFORM_ADMIN');
}

export function leadsAnyOf(actor: Actor | null, sectors: string[]): boolean {
  return !!actor && actor.roles.includes('SECTOR_LEAD') && sectors.some((sector) => actor.leadSectors.includes(sector));
}
