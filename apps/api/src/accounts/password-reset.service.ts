import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import type { Actor } from '../auth/actor';
import { HubError } from '../common/hub-error';
import { requireAccountAccess } from './account-permissions';
import { User } from './accounts.types';
import { hashOneTimeToken, newOneTimeToken } from './one-time-token';
import { hashPassword } from './password-hasher';
import { PASSWORD_RESET_MAILER, PasswordResetMailer } from './password-reset.mailer';
import { PasswordResetLinkModel } from './password-reset.model';
import { PasswordResetsRepository } from './password-resets.repository';
import { SessionsRepository } from './sessions.repository';
import { passwordResetClaim, TokenClaimsRepository } from './token-claims.repository';
import { UsersRepository } from './users.repository';

export const PASSWORD_RESET_TTL_MS = 3600 * 1000;
/** Self-service requests beyond this many live links are dropped, so nobody can flood a mailbox (best effort under races). */
export const MAX_USABLE_RESETS = 3;

const invalidLink = () => new HubError('NOT_FOUND', 'This password-reset link is not valid: it may have expired or been used. Ask for a new one.');

@Injectable()
export class PasswordResetService implements OnApplicationShutdown {
  private readonly logger = new Logger(PasswordResetService.name);
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(PASSWORD_RESET_MAILER) private readonly mailer: PasswordResetMailer,
    private readonly users: UsersRepository,
    private readonly resets: PasswordResetsRepository,
    private readonly sessions: SessionsRepository,
    private readonly claims: TokenClaimsRepository,
  ) {}

  /**
   * Always accepted, and answered before any lookup: neither the answer nor its timing tells
   * whether the address has an account.
   */
  request(email: string): true {
    const work = this.sendToOwner(email)
      .catch((error: unknown) => {
        this.logger.error(`a password-reset request failed: ${error instanceof Error ? error.message : String(error)}`);
      })
      .finally(() => this.inFlight.delete(work));
    this.inFlight.add(work);
    return true;
  }

  /** Resolves once every self-service request received so far has been handled. */
  async settled(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.all([...this.inFlight]);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.settled();
  }

  /** A link for an admin to pass on, as with invitations, until e-mail delivery exists. */
  async createLink(actor: Actor, userId: string): Promise<PasswordResetLinkModel> {
    const user = await this.users.findById(userId);
    if (!user || user.status === 'ERASED') throw HubError.notFound('The member');
    requireAccountAccess(actor, { action: 'manageMember', member: user });
    if (user.status !== 'ACTIVE') throw HubError.conflict('Only active members can reset a password; invite or reactivate them instead.');
    return this.issue(user, actor.userId);
  }

  /** Sets the new password, lifts any lockout and ends every session of the user. */
  async reset(token: string, newPassword: string): Promise<true> {
    const tokenHash = hashOneTimeToken(token);
    // Checked before hashing, so junk tokens cost no argon2 work.
    const reset = tokenHash ? await this.resets.findUsableByHash(tokenHash, new Date()) : null;
    if (!reset) throw invalidLink();
    const passwordHash = await hashPassword(newPassword);
    if (!(await this.claims.claim(passwordResetClaim(reset.id)))) throw invalidLink();
    const now = new Date();
    await this.resets.markUsed(reset.id, now);
    if (!(await this.users.setPassword(reset.userId, passwordHash))) throw invalidLink();
    await this.sessions.revokeAllForUser(reset.userId);
    await this.resets.consumeAllForUser(reset.userId, now);
    return true;
  }

  private async sendToOwner(email: string): Promise<void> {
    const user = await this.users.findByEmail(email);
    if (!user || user.status !== 'ACTIVE' || !user.email) return;
    if ((await this.resets.countUsable(user.id, new Date())) >= MAX_USABLE_RESETS) return;
    const link = await this.issue(user, null);
    await this.mailer.sendPasswordReset({
      userId: user.id,
      email: user.email,
      displayName: user.displayName,
      language: user.language,
      resetUrl: link.resetUrl,
      expiresAt: link.expiresAt,
    });
  }

  private async issue(user: User, createdBy: string | null): Promise<PasswordResetLinkModel> {
    const { token, hash } = newOneTimeToken();
    const reset = await this.resets.create({ tokenHash: hash, userId: user.id, createdBy, expiresAt: new Date(Date.now() + PASSWORD_RESET_TTL_MS) });
    return { resetUrl: `${this.config.publicUrl}/reset-password/${token}`, expiresAt: reset.expiresAt };
  }
}
