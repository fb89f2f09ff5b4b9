import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { AuditLogService } from '../audit/audit-log.service';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import type { Actor } from '../auth/actor';
import { HubError } from '../common/hub-error';
import { invitationMail } from '../mail/account-mails';
import { MAILER, Mailer } from '../mail/mailer.port';
import { cleanCodes, requireAccountAccess, roleAssignmentProblems, uniqueRoles } from './account-permissions';
import { AccountsService, IssuedSession } from './accounts.service';
import { Invitation, User } from './accounts.types';
import { AcceptInvitationInput } from './dto/accept-invitation.input';
import { InviteMemberInput } from './dto/invite-member.input';
import { InvitationModel, InvitationPreviewModel, InvitationStatus, IssuedInvitationModel } from './invitation.model';
import { InvitationsRepository } from './invitations.repository';
import { hashOneTimeToken, newOneTimeToken } from './one-time-token';
import { OrganisationsRepository } from './organisations.repository';
import { hashPassword } from './password-hasher';
import { invitationClaim, TokenClaimsRepository } from './token-claims.repository';
import { UsersRepository } from './users.repository';

export const INVITATION_TTL_MS = 7 * 24 * 3600 * 1000;

/** One answer for unknown, expired, used and revoked links, so a link reveals nothing about others. */
const invalidLink = () => new HubError('NOT_FOUND', 'This invitation link is not valid: it may have expired or been used. Ask for a new one.');

function invitationStatus(invitation: Invitation, now: Date): InvitationStatus {
  if (invitation.usedAt) return 'ACCEPTED';
  if (invitation.revokedAt) return 'REVOKED';
  return invitation.expiresAt <= now ? 'EXPIRED' : 'PENDING';
}

function toInvitationModel(invitation: Invitation, user: User | null, now = new Date()): InvitationModel {
  return {
    id: invitation.id,
    email: user?.email ?? null,
    displayName: user?.displayName ?? null,
    roles: user?.roles ?? [],
    organisationId: invitation.organisationId,
    status: invitationStatus(invitation, now),
    expiresAt: invitation.expiresAt,
    createdAt: invitation.createdAt,
  };
}

/** Joining by invitation: an admin invites an e-mail address, the invitee sets a password with a one-time link. */
@Injectable()
export class InvitationsService implements OnApplicationShutdown {
  private readonly logger = new Logger(InvitationsService.name);
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UsersRepository,
    private readonly organisations: OrganisationsRepository,
    private readonly invitations: InvitationsRepository,
    private readonly claims: TokenClaimsRepository,
    private readonly accounts: AccountsService,
    private readonly audit: AuditLogService,
    @Inject(MAILER) private readonly mailer: Mailer,
  ) {}

  /** Resolves once every invitation e-mail started so far has been handed to the server (or failed). */
  async settled(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.all([...this.inFlight]);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.settled();
  }

  async invite(actor: Actor, input: InviteMemberInput): Promise<IssuedInvitationModel> {
    const organisationId = input.organisationId ?? actor.organisationId;
    const roles = uniqueRoles(input.roles);
    const leadSectors = cleanCodes(input.leadSectors);
    requireAccountAccess(actor, { action: 'invite', organisationId, roles });
    const problems = roleAssignmentProblems(roles, leadSectors, 'input');
    if (problems.length > 0) throw HubError.invalid(problems);
    const organisation = await this.organisations.findById(organisationId);
    if (!organisation) throw HubError.notFound('The organisation');

    const email = input.email.trim().toLowerCase();
    const user = await this.users.insertUnique({
      email,
      displayName: input.displayName?.trim() || email.split('@')[0],
      organisationId: organisation.id,
      organisationType: organisation.type,
      roles,
      leadSectors,
      sectors: cleanCodes(input.sectors),
      language: input.language ?? undefined,
      status: 'INVITED',
    });
    if (!user) throw HubError.conflict('Someone with this e-mail address already has an account or an invitation.');

    const { token, hash } = newOneTimeToken();
    let invitation: Invitation;
    try {
      invitation = await this.invitations.create({
        tokenHash: hash,
        userId: user.id,
        organisationId: organisation.id,
        invitedBy: actor.userId,
        expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
      });
    } catch (error) {
      // No invitation, no invited account: otherwise the e-mail would stay taken with no way in.
      await this.users.deleteInvited(user.id);
      throw error;
    }
    await this.audit.record({ actorId: actor.userId, action: 'MEMBER_INVITED', targetType: 'USER', targetId: user.id, details: { organisationId: organisation.id, roles, leadSectors } });
    const invitationUrl = `${this.config.publicUrl}/invitation/${token}`;
    this.sendInvitation(email, { language: user.language, displayName: user.displayName, organisationName: organisation.name, invitationUrl, expiresAt: invitation.expiresAt });
    return { invitationUrl, invitation: toInvitationModel(invitation, user) };
  }

  /**
   * In the background, so the mutation never waits for (or fails with) the mail server. The
   * inviter also gets the link to pass on, so a lost e-mail costs a resend, not the invitation;
   * the token itself is never stored, so there is nothing to retry from after a crash.
   */
  private sendInvitation(to: string, content: Parameters<typeof invitationMail>[0]): void {
    if (!this.mailer.enabled) return;
    const work = this.mailer
      .send({ to, ...invitationMail(content) })
      .catch((error: unknown) => this.logger.error(`an invitation e-mail failed: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => this.inFlight.delete(work));
    this.inFlight.add(work);
  }

  async preview(token: string): Promise<InvitationPreviewModel> {
    const { invitation, user } = await this.usable(token);
    const organisation = await this.organisations.findById(invitation.organisationId);
    if (!organisation || !user.email) throw invalidLink();
    return { email: user.email, displayName: user.displayName, organisationName: organisation.name, expiresAt: invitation.expiresAt };
  }

  /** Sets the password, activates the account and signs the new member in. */
  async accept(input: AcceptInvitationInput): Promise<IssuedSession> {
    // Checked before hashing, so junk tokens cost no argon2 work.
    const { invitation } = await this.usable(input.token);
    const passwordHash = await hashPassword(input.password);
    if (!(await this.claims.claim(invitationClaim(invitation.id)))) throw invalidLink();
    await this.invitations.markUsed(invitation.id, new Date());
    const user = await this.users.activateInvited(invitation.userId, passwordHash, input.displayName?.trim() || undefined);
    if (!user) throw invalidLink();
    return this.accounts.openSession(user);
  }

  /** Withdraws an invitation that was not accepted and removes the invited account, freeing the e-mail. */
  async revoke(actor: Actor, invitationId: string): Promise<InvitationModel> {
    const found = await this.invitations.findById(invitationId);
    if (!found) throw HubError.notFound('The invitation');
    requireAccountAccess(actor, { action: 'manageInvitations', organisationId: found.organisationId });
    const revoked = await this.withdraw(found);
    if (!revoked) throw HubError.conflict('This invitation was already accepted or revoked.');
    const user = await this.users.findById(revoked.userId);
    await this.users.deleteInvited(revoked.userId);
    await this.audit.record({ actorId: actor.userId, action: 'INVITATION_REVOKED', targetType: 'INVITATION', targetId: revoked.id });
    return toInvitationModel(revoked, user);
  }

  /** Withdraws a member's pending invitations (when they are deactivated), so no link can activate them. */
  async withdrawPendingFor(userId: string): Promise<void> {
    for (const invitation of await this.invitations.listPendingForUser(userId)) await this.withdraw(invitation);
  }

  async list(actor: Actor, organisationId: string): Promise<InvitationModel[]> {
    requireAccountAccess(actor, { action: 'manageInvitations', organisationId });
    const invitations = await this.invitations.listByOrganisation(organisationId);
    const users = new Map((await this.users.findByIds(invitations.map((i) => i.userId))).map((u) => [u.id, u]));
    const now = new Date();
    return invitations.map((invitation) => toInvitationModel(invitation, users.get(invitation.userId) ?? null, now));
  }

  /** Revoked only if no accept (or other revoke) claimed the invitation first. */
  private async withdraw(invitation: Invitation): Promise<Invitation | null> {
    if (invitation.usedAt || invitation.revokedAt) return null;
    if (!(await this.claims.claim(invitationClaim(invitation.id)))) return null;
    return this.invitations.markRevoked(invitation.id, new Date());
  }

  private async usable(token: string): Promise<{ invitation: Invitation; user: User }> {
    const tokenHash = hashOneTimeToken(token);
    const invitation = tokenHash ? await this.invitations.findUsableByHash(tokenHash, new Date()) : null;
    const user = invitation ? await this.users.findById(invitation.userId) : null;
    if (!invitation || !user || user.status !== 'INVITED') throw invalidLink();
    return { invitation, user };
  }
}
