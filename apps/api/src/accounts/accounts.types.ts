import type { Language, OrganisationType, Role } from '@hub/domain';
import type { UserStatus } from './user.schema';

/** Plain objects the accounts repositories return; services never see Mongoose documents. */
export interface Organisation {
  id: string;
  name: string;
  acronym: string | null;
  type: OrganisationType;
  createdAt: Date;
}

export interface User {
  id: string;
  email: string | null;
  displayName: string;
  organisationId: string;
  organisationType: OrganisationType;
  roles: Role[];
  leadSectors: string[];
  sectors: string[];
  language: Language;
  status: UserStatus;
  createdAt: Date;
}

export interface UserCredentials {
  user: User;
  passwordHash: string | null;
  failedSignIns: number;
  lockedUntil: Date | null;
}

export interface Session {
  id: string;
  userId: string;
  refreshHash: string;
  previousHash: string | null;
  expiresAt: Date;
  revokedAt: Date | null;
}

export interface Invitation {
  id: string;
  userId: string;
  organisationId: string;
  invitedBy: string;
  expiresAt: Date;
  usedAt: Date | null;
  revokedAt: Date | null;
  createdAt: Date;
}

export interface PasswordReset {
  id: string;
  userId: string;
  expiresAt: Date;
  usedAt: Date | null;
}
