import { Inject, Injectable } from '@nestjs/common';
import { AuditLogService } from '../audit/audit-log.service';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { HubError } from '../common/hub-error';
import { AccessTokenService } from './access-token.service';
import { User } from './accounts.types';
import { hashPassword, verifyAgainstDummy, verifyPassword } from './password-hasher';
import { newRefreshToken, parseRefreshToken, REFRESH_TTL_MS, sameHash } from './refresh-token';
import { SessionsRepository } from './sessions.repository';
import { UsersRepository } from './users.repository';

/** After this many failures in a row, sign-in slows down; after LOCK_AFTER, the account locks. */
export const SLOW_DOWN_AFTER = 3;
export const LOCK_AFTER = 6;
export const LOCK_MINUTES = 15;

export interface IssuedSession {
  accessToken: string;
  expiresAt: Date;
  refreshToken: string;
  user: User;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

@Injectable()
export class AccountsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
    private readonly tokens: AccessTokenService,
    private readonly audit: AuditLogService,
  ) {}

  async signIn(email: string, password: string): Promise<IssuedSession> {
    const refused = HubError.unauthenticated('The e-mail address or the password is not right.');
    const credentials = await this.users.credentialsByEmail(email);
    if (!credentials || !credentials.passwordHash || credentials.user.status !== 'ACTIVE') {
      await verifyAgainstDummy(password);
      await this.audit.record({ actorId: null, action: 'SIGN_IN_FAILED', targetType: credentials ? 'USER' : null, targetId: credentials?.user.id ?? null, details: { reason: credentials ? 'INACTIVE' : 'UNKNOWN_ACCOUNT' } });
      throw refused;
    }
    const { user } = credentials;
    if (credentials.lockedUntil && credentials.lockedUntil > new Date()) {
      await this.audit.record({ actorId: null, action: 'SIGN_IN_FAILED', targetType: 'USER', targetId: user.id, details: { reason: 'LOCKED' } });
      const retryAfterSeconds = Math.ceil((credentials.lockedUntil.getTime() - Date.now()) / 1000);
      throw new HubError('RATE_LIMITED', 'Too many failed sign-ins: this account is locked for a while.', { retryAfterSeconds });
    }
    if (!(await verifyPassword(credentials.passwordHash, password))) {
      await this.audit.record({ actorId: null, action: 'SIGN_IN_FAILED', targetType: 'USER', targetId: user.id, details: { reason: 'WRONG_PASSWORD' } });
      const failures = await this.users.recordFailedSignIn(user.id, LOCK_AFTER, new Date(Date.now() + LOCK_MINUTES * 60_000));
      // Each further failure costs the guesser more time before the lock.
      if (failures >= SLOW_DOWN_AFTER && this.config.env !== 'test') await sleep(Math.min(4_000, 500 * 2 ** (failures - SLOW_DOWN_AFTER)));
      throw refused;
    }
    await this.users.recordSuccessfulSignIn(user.id);
    await this.audit.record({ actorId: user.id, action: 'SIGN_IN', targetType: 'USER', targetId: user.id });
    return this.openSession(user);
  }

  async openSession(user: User): Promise<IssuedSession> {
    const session = await this.sessions.create(user.id, 'pending', new Date(Date.now() + REFRESH_TTL_MS));
    const refresh = newRefreshToken(session.id);
    await this.sessions.rotate(session.id, 'pending', refresh.hash, session.expiresAt);
    const access = this.tokens.sign(user.id, session.id);
    return { accessToken: access.token, expiresAt: access.expiresAt, refreshToken: refresh.token, user };
  }

  /** Exchanges a refresh token for a new pair. A replayed (already rotated) token ends the session. */
  async refresh(refreshToken: string | undefined): Promise<IssuedSession> {
    const expired = HubError.unauthenticated('Your session has ended. Sign in again.');
    const presented = parseRefreshToken(refreshToken);
    if (!presented) throw expired;
    const session = await this.sessions.findById(presented.sessionId);
    if (!session || session.revokedAt || session.expiresAt < new Date()) throw expired;
    if (!sameHash(session.refreshHash, presented.hash)) {
      if (session.previousHash && sameHash(session.previousHash, presented.hash)) await this.sessions.revoke(session.id);
      throw expired;
    }
    const user = await this.users.findById(session.userId);
    if (!user || user.status !== 'ACTIVE') throw expired;
    const next = newRefreshToken(session.id);
    const expiresAt = new Date(Date.now() + REFRESH_TTL_MS);
    if (!(await this.sessions.rotate(session.id, presented.hash, next.hash, expiresAt))) throw expired;
    const access = this.tokens.sign(user.id, session.id);
    return { accessToken: access.token, expiresAt: access.expiresAt, refreshToken: next.token, user };
  }

  async signOut(sessionId: string): Promise<void> {
    await this.sessions.revoke(sessionId);
  }

  /**
   * A new password for a signed-in user who knows the current one. Wrong guesses count towards the
   * same lockout as sign-in, so a stolen session cannot try passwords without limit; every other
   * session ends.
   */
  async changePassword(actor: { userId: string; sessionId: string }, currentPassword: string, newPassword: string): Promise<void> {
    const credentials = await this.users.credentialsById(actor.userId);
    if (!credentials || credentials.user.status !== 'ACTIVE' || !credentials.passwordHash) throw HubError.unauthenticated();
    if (credentials.lockedUntil && credentials.lockedUntil > new Date()) {
      const retryAfterSeconds = Math.ceil((credentials.lockedUntil.getTime() - Date.now()) / 1000);
      throw new HubError('RATE_LIMITED', 'Too many wrong passwords: this account is locked for a while.', { retryAfterSeconds });
    }
    if (!(await verifyPassword(credentials.passwordHash, currentPassword))) {
      await this.users.recordFailedSignIn(actor.userId, LOCK_AFTER, new Date(Date.now() + LOCK_MINUTES * 60_000));
      await this.audit.record({ actorId: actor.userId, action: 'SIGN_IN_FAILED', targetType: 'USER', targetId: actor.userId, details: { reason: 'WRONG_CURRENT_PASSWORD' } });
      throw HubError.invalid([{ field: 'input.currentPassword', message: 'is not your current password' }]);
    }
    if (currentPassword === newPassword) throw HubError.invalid([{ field: 'input.newPassword', message: 'must differ from the current password' }]);
    if (!(await this.users.setPassword(actor.userId, await hashPassword(newPassword)))) throw HubError.unauthenticated();
    await this.sessions.revokeOthersForUser(actor.userId, actor.sessionId);
    await this.audit.record({ actorId: actor.userId, action: 'PASSWORD_CHANGED', targetType: 'USER', targetId: actor.userId });
  }

  /** Ends every session of the user, this one included. */
  async signOutEverywhere(userId: string): Promise<void> {
    await this.sessions.revokeAllForUser(userId);
    await this.audit.record({ actorId: userId, action: 'SIGNED_OUT_EVERYWHERE', targetType: 'USER', targetId: userId });
  }

  async viewer(userId: string): Promise<User> {
    const user = await this.users.findById(userId);
    if (!user) throw HubError.unauthenticated();
    return user;
  }
}
