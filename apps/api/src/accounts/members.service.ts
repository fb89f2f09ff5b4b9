import { Injectable } from '@nestjs/common';
import { USER_STATUSES, UserStatus } from './user.schema';
import { AuditLogService } from '../audit/audit-log.service';
import type { Actor } from '../auth/actor';
import { Connection, decodeCursor, encodeCursor } from '../common/connection';
import { HubError } from '../common/hub-error';
import { cleanCodes, mayDo, requireAccountAccess, roleAssignmentProblems, uniqueRoles } from './account-permissions';
import { User } from './accounts.types';
import { OrganisationMembersArgs, SearchMembersArgs, SetMemberRolesInput, UpdateProfileInput } from './dto/member.inputs';
import { InvitationsService } from './invitations.service';
import { OrganisationsRepository } from './organisations.repository';
import { SessionsRepository } from './sessions.repository';
import { MemberPage, ProfilePatch, UsersRepository } from './users.repository';

export const DEFAULT_MEMBERS_PAGE = 50;

function afterPosition(cursor: string | null | undefined): { displayName: string; id: string } | undefined {
  const after = cursor ? decodeCursor(cursor) : undefined;
  if (after && typeof after.key !== 'string') throw HubError.invalid([{ field: 'after', message: 'is not a valid cursor' }]);
  return after ? { displayName: String(after.key), id: after.id } : undefined;
}

function toConnection(page: MemberPage): Connection<User> {
  const edges = page.users.map((user) => ({ cursor: encodeCursor({ key: user.displayName, id: user.id }), node: user }));
  return { edges, totalCount: page.totalCount, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
}

const lastAdmin = () => HubError.conflict('This is the last platform admin: make someone else a platform admin first.');

/** Members of organisations: listing, roles, deactivation, and each user's own profile. */
@Injectable()
export class MembersService {
  constructor(
    private readonly users: UsersRepository,
    private readonly organisations: OrganisationsRepository,
    private readonly sessions: SessionsRepository,
    private readonly invitations: InvitationsService,
    private readonly audit: AuditLogService,
  ) {}

  async members(actor: Actor, args: OrganisationMembersArgs): Promise<Connection<User>> {
    requireAccountAccess(actor, { action: 'listMembers', organisationId: args.organisationId });
    if (!(await this.organisations.findById(args.organisationId))) throw HubError.notFound('The organisation');
    const statuses: readonly UserStatus[] = mayDo(actor, { action: 'seeInactiveMembers', organisationId: args.organisationId })
      ? USER_STATUSES
      : ['ACTIVE'];
    const after = afterPosition(args.after);
    return toConnection(
      await this.users.pageByOrganisation(args.organisationId, { statuses, first: args.first ?? DEFAULT_MEMBERS_PAGE, after }),
    );
  }

  /** Everyone, or one organisation's members, by name or e-mail (platform admins). */
  async search(actor: Actor, args: SearchMembersArgs): Promise<Connection<User>> {
    requireAccountAccess(actor, { action: 'searchAllMembers' });
    const statuses: readonly UserStatus[] = args.status ? [args.status] : USER_STATUSES.filter((status) => status !== 'ERASED');
    const page = await this.users.page(
      { organisationId: args.organisationId ?? undefined, statuses, text: args.query ?? undefined },
      { first: args.first ?? DEFAULT_MEMBERS_PAGE, after: afterPosition(args.after) },
    );
    return toConnection(page);
  }

  canSeeEmail(actor: Actor | null, member: User): boolean {
    return !!actor && mayDo(actor, { action: 'seeMemberEmail', member });
  }

  async setRoles(actor: Actor, input: SetMemberRolesInput): Promise<User> {
    const member = await this.existing(input.userId);
    const roles = uniqueRoles(input.roles);
    const leadSectors = cleanCodes(input.leadSectors);
    requireAccountAccess(actor, { action: 'setRoles', member, roles });
    const problems = roleAssignmentProblems(roles, leadSectors, 'input');
    if (problems.length > 0) throw HubError.invalid(problems);
    const removesAdmin = member.status === 'ACTIVE' && member.roles.includes('PLATFORM_ADMIN') && !roles.includes('PLATFORM_ADMIN');
    const updated = await this.keepingAPlatformAdmin(
      removesAdmin,
      () => this.users.replaceRoles(member.id, member.roles, roles, leadSectors),
      () => this.users.replaceRoles(member.id, roles, member.roles, member.leadSectors),
    );
    if (!updated) throw HubError.conflict("This member's roles changed meanwhile; reload and try again.");
    await this.audit.record({ actorId: actor.userId, action: 'ROLES_CHANGED', targetType: 'USER', targetId: member.id, details: { before: member.roles, after: roles, leadSectorsBefore: member.leadSectors, leadSectors } });
    return updated;
  }

  /** Stops a member signing in (their contributions stay); ends their sessions and pending invitations. */
  async deactivate(actor: Actor, userId: string): Promise<User> {
    const member = await this.existing(userId);
    if (member.id === actor.userId) throw HubError.forbidden('You cannot deactivate your own account.');
    requireAccountAccess(actor, { action: 'manageMember', member });
    if (member.status === 'DEACTIVATED') return member;
    const removesAdmin = member.status === 'ACTIVE' && member.roles.includes('PLATFORM_ADMIN');
    const updated = await this.keepingAPlatformAdmin(
      removesAdmin,
      () => this.users.setStatus(member.id, member.status, 'DEACTIVATED'),
      () => this.users.setStatus(member.id, 'DEACTIVATED', member.status),
    );
    if (!updated) throw HubError.conflict("This member's status changed meanwhile; reload and try again.");
    await this.sessions.revokeAllForUser(member.id);
    await this.invitations.withdrawPendingFor(member.id);
    await this.audit.record({ actorId: actor.userId, action: 'MEMBER_DEACTIVATED', targetType: 'USER', targetId: member.id });
    return updated;
  }

  /** Lets a deactivated member sign in again (with a password reset link if they never set one). */
  async reactivate(actor: Actor, userId: string): Promise<User> {
    const member = await this.existing(userId);
    requireAccountAccess(actor, { action: 'manageMember', member });
    if (member.status !== 'DEACTIVATED') return member;
    const updated = await this.users.setStatus(member.id, 'DEACTIVATED', 'ACTIVE');
    if (!updated) throw HubError.conflict("This member's status changed meanwhile; reload and try again.");
    await this.audit.record({ actorId: actor.userId, action: 'MEMBER_REACTIVATED', targetType: 'USER', targetId: member.id });
    return updated;
  }

  async updateProfile(actor: Actor, input: UpdateProfileInput): Promise<User> {
    const patch: ProfilePatch = {};
    if (input.displayName) patch.displayName = input.displayName.trim();
    if (input.language) patch.language = input.language;
    if (input.sectors) patch.sectors = cleanCodes(input.sectors);
    const updated = Object.keys(patch).length > 0 ? await this.users.updateProfile(actor.userId, patch) : await this.users.findById(actor.userId);
    if (!updated) throw HubError.unauthenticated();
    return updated;
  }

  private async existing(userId: string): Promise<User> {
    const member = await this.users.findById(userId);
    if (!member || member.status === 'ERASED') throw HubError.notFound('The member');
    return member;
  }

  /**
   * The last-admin rule without transactions: refuse up front, and if a concurrent change removed
   * the other admin between the check and our write, undo ours. Whoever counts zero undoes, so
   * at least one active platform admin always remains.
   */
  private async keepingAPlatformAdmin(
    removesAdmin: boolean,
    change: () => Promise<User | null>,
    undo: () => Promise<unknown>,
  ): Promise<User | null> {
    if (removesAdmin && (await this.users.countActivePlatformAdmins()) <= 1) throw lastAdmin();
    const changed = await change();
    if (changed && removesAdmin && (await this.users.countActivePlatformAdmins()) === 0) {
      await undo();
      throw lastAdmin();
    }
    return changed;
  }
}
