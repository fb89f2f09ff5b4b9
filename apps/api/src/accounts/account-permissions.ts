import { ROLES, type Role } from '@hub/domain';
import { Actor, hasRole, isModerator } from '../auth/actor';
import { FieldProblem, HubError } from '../common/hub-error';

/** What an organisation admin may hand out, and only inside their own organisation. */
export const ORGANISATION_ADMIN_GRANTS: readonly Role[] = ['CONTRIBUTOR', 'ANALYST', 'ORGANISATION_ADMIN'];

export interface MemberRef {
  id: string;
  organisationId: string;
  roles: readonly Role[];
}

/** Everything the accounts module authorises, in one place (STYLE: one helper, decided in services). */
export type AccountAction =
  | { action: 'invite'; organisationId: string; roles: readonly Role[] }
  | { action: 'manageMember'; member: MemberRef }
  | { action: 'setRoles'; member: MemberRef; roles: readonly Role[] }
  | { action: 'seeMemberEmail'; member: MemberRef }
  | { action: 'listMembers'; organisationId: string }
  | { action: 'searchAllMembers' }
  | { action: 'seeInactiveMembers'; organisationId: string }
  | { action: 'manageInvitations'; organisationId: string }
  | { action: 'editOrganisation'; organisationId: string; changesType: boolean };

export function grantableRoles(actor: Actor): readonly Role[] {
  if (hasRole(actor, 'PLATFORM_ADMIN')) return ROLES;
  if (hasRole(actor, 'ORGANISATION_ADMIN')) return ORGANISATION_ADMIN_GRANTS;
  return [];
}

const isPlatformAdmin = (actor: Actor) => hasRole(actor, 'PLATFORM_ADMIN');
const adminsOrganisation = (actor: Actor, organisationId: string) =>
  isPlatformAdmin(actor) || (hasRole(actor, 'ORGANISATION_ADMIN') && actor.organisationId === organisationId);
const mayGrantAll = (actor: Actor, roles: readonly Role[]) => {
  const grantable = grantableRoles(actor);
  return roles.every((role) => grantable.includes(role));
};

/**
 * An organisation admin manages only members whose every role they could have granted: otherwise
 * a reset link or a role change would let them take over (or lock out) a platform admin or a sector lead.
 */
const managesMember = (actor: Actor, member: MemberRef) =>
  isPlatformAdmin(actor) || (adminsOrganisation(actor, member.organisationId) && mayGrantAll(actor, member.roles));

export function mayDo(actor: Actor, request: AccountAction): boolean {
  switch (request.action) {
    case 'invite':
      return adminsOrganisation(actor, request.organisationId) && mayGrantAll(actor, request.roles);
    case 'manageMember':
      return managesMember(actor, request.member);
    case 'setRoles':
      return managesMember(actor, request.member) && mayGrantAll(actor, request.roles);
    case 'seeMemberEmail':
      return isModerator(actor) || actor.userId === request.member.id || adminsOrganisation(actor, request.member.organisationId);
    case 'listMembers':
      // Members of other organisations are not listed: contributors may need to stay anonymous.
      return isModerator(actor) || actor.organisationId === request.organisationId;
    case 'searchAllMembers':
      // Across organisations, with e-mails and inactive accounts: the platform admins' user list.
      return isPlatformAdmin(actor);
    case 'seeInactiveMembers':
      return isModerator(actor) || adminsOrganisation(actor, request.organisationId);
    case 'manageInvitations':
      return adminsOrganisation(actor, request.organisationId);
    case 'editOrganisation':
      // The type is shown beside anonymous contributions ("a local NGO"), so only platform admins change it.
      return request.changesType ? isPlatformAdmin(actor) : adminsOrganisation(actor, request.organisationId);
  }
}

export function requireAccountAccess(actor: Actor, request: AccountAction): void {
  if (!mayDo(actor, request)) throw HubError.forbidden();
}

/** Role combinations that make no sense whoever asks: a sector lead leads at least one sector, and only sector leads lead. */
export function roleAssignmentProblems(roles: readonly Role[], leadSectors: readonly string[], prefix: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (roles.length === 0) problems.push({ field: `${prefix}.roles`, message: 'must hold at least one role' });
  if (roles.includes('SECTOR_LEAD') && leadSectors.length === 0) {
    problems.push({ field: `${prefix}.leadSectors`, message: 'a sector lead must lead at least one sector' });
  }
  if (!roles.includes('SECTOR_LEAD') && leadSectors.length > 0) {
    problems.push({ field: `${prefix}.leadSectors`, message: 'only sector leads lead sectors' });
  }
  return problems;
}

/** Trimmed, de-duplicated sector codes (validated as non-blank strings by the input classes). */
export function cleanCodes(codes: readonly string[] | null | undefined): string[] {
  return [...new Set((codes ?? []).map((code) => code.trim()).filter((code) => code.length > 0))];
}

export function uniqueRoles(roles: readonly Role[]): Role[] {
  return ROLES.filter((role) => roles.includes(role));
}
