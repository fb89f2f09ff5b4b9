import type { Role } from '@hub/domain';
import type { Actor } from '../auth/actor';
import { cleanCodes, grantableRoles, mayDo, roleAssignmentProblems, uniqueRoles } from './account-permissions';

const ORG = 'a'.repeat(24);
const OTHER_ORG = 'b'.repeat(24);

function actor(roles: Role[], organisationId = ORG): Actor {
  return { userId: 'c'.repeat(24), sessionId: 's', organisationId, organisationType: 'NATIONAL_NGO', roles, leadSectors: [], sectors: [] };
}
const member = (roles: Role[], organisationId = ORG) => ({ id: 'd'.repeat(24), organisationId, roles });

describe('account permissions', () => {
  const platformAdmin = actor(['PLATFORM_ADMIN'], OTHER_ORG);
  const orgAdmin = actor(['ORGANISATION_ADMIN', 'CONTRIBUTOR']);
  const moderator = actor(['MODERATOR'], OTHER_ORG);
  const contributor = actor(['CONTRIBUTOR']);

  it('lets an organisation admin grant contributor, analyst and organisation admin only', () => {
    expect(grantableRoles(orgAdmin)).toEqual(['CONTRIBUTOR', 'ANALYST', 'ORGANISATION_ADMIN']);
    expect(grantableRoles(platformAdmin)).toContain('PLATFORM_ADMIN');
    expect(grantableRoles(contributor)).toEqual([]);
  });

  it('lets an organisation admin invite into their own organisation only', () => {
    expect(mayDo(orgAdmin, { action: 'invite', organisationId: ORG, roles: ['CONTRIBUTOR', 'ORGANISATION_ADMIN'] })).toBe(true);
    expect(mayDo(orgAdmin, { action: 'invite', organisationId: OTHER_ORG, roles: ['CONTRIBUTOR'] })).toBe(false);
    for (const role of ['PLATFORM_ADMIN', 'MODERATOR', 'SECTOR_LEAD'] as const) {
      expect(mayDo(orgAdmin, { action: 'invite', organisationId: ORG, roles: ['CONTRIBUTOR', role] })).toBe(false);
    }
    expect(mayDo(platformAdmin, { action: 'invite', organisationId: ORG, roles: ['PLATFORM_ADMIN'] })).toBe(true);
    expect(mayDo(moderator, { action: 'invite', organisationId: OTHER_ORG, roles: ['CONTRIBUTOR'] })).toBe(false);
    expect(mayDo(contributor, { action: 'invite', organisationId: ORG, roles: ['CONTRIBUTOR'] })).toBe(false);
  });

  it('keeps organisation admins away from members holding roles they could not grant', () => {
    expect(mayDo(orgAdmin, { action: 'manageMember', member: member(['ANALYST']) })).toBe(true);
    expect(mayDo(orgAdmin, { action: 'manageMember', member: member(['PLATFORM_ADMIN']) })).toBe(false);
    expect(mayDo(orgAdmin, { action: 'manageMember', member: member(['SECTOR_LEAD']) })).toBe(false);
    expect(mayDo(orgAdmin, { action: 'manageMember', member: member(['ANALYST'], OTHER_ORG) })).toBe(false);
    expect(mayDo(orgAdmin, { action: 'setRoles', member: member(['ANALYST']), roles: ['MODERATOR'] })).toBe(false);
    expect(mayDo(platformAdmin, { action: 'setRoles', member: member(['ANALYST']), roles: ['MODERATOR'] })).toBe(true);
  });

  it('shows e-mails to the organisation admins, moderators, platform admins and the member themself', () => {
    const someone = member(['CONTRIBUTOR']);
    expect(mayDo(orgAdmin, { action: 'seeMemberEmail', member: someone })).toBe(true);
    expect(mayDo(moderator, { action: 'seeMemberEmail', member: someone })).toBe(true);
    expect(mayDo(contributor, { action: 'seeMemberEmail', member: someone })).toBe(false);
    expect(mayDo(contributor, { action: 'seeMemberEmail', member: { ...someone, id: contributor.userId } })).toBe(true);
    expect(mayDo(actor(['ORGANISATION_ADMIN'], OTHER_ORG), { action: 'seeMemberEmail', member: someone })).toBe(false);
  });

  it('leaves the organisation type to platform admins', () => {
    expect(mayDo(orgAdmin, { action: 'editOrganisation', organisationId: ORG, changesType: false })).toBe(true);
    expect(mayDo(orgAdmin, { action: 'editOrganisation', organisationId: ORG, changesType: true })).toBe(false);
    expect(mayDo(orgAdmin, { action: 'editOrganisation', organisationId: OTHER_ORG, changesType: false })).toBe(false);
    expect(mayDo(platformAdmin, { action: 'editOrganisation', organisationId: ORG, changesType: true })).toBe(true);
  });

  it('requires lead sectors for sector leads and only for them', () => {
    expect(roleAssignmentProblems(['SECTOR_LEAD'], [], 'input')).toEqual([expect.objectContaining({ field: 'input.leadSectors' })]);
    expect(roleAssignmentProblems(['CONTRIBUTOR'], ['EDU'], 'input')).toEqual([expect.objectContaining({ field: 'input.leadSectors' })]);
    expect(roleAssignmentProblems([], [], 'input')).toEqual([expect.objectContaining({ field: 'input.roles' })]);
    expect(roleAssignmentProblems(['SECTOR_LEAD', 'CONTRIBUTOR'], ['EDU'], 'input')).toEqual([]);
  });

  it('normalises sector codes and roles', () => {
    expect(cleanCodes([' EDU ', 'EDU', 'WASH'])).toEqual(['EDU', 'WASH']);
    expect(uniqueRoles(['ANALYST', 'CONTRIBUTOR', 'ANALYST'])).toEqual(['CONTRIBUTOR', 'ANALYST']);
  });
});
