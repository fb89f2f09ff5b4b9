import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Language } from '@hub/domain';
import { passwordResetMail } from '../mail/account-mails';
import { MAILER, Mailer } from '../mail/mailer.port';

export interface PasswordResetMessage {
  userId: string;
  email: string;
  displayName: string;
  language: Language;
  /** Carries the one-time token: never log it. */
  resetUrl: string;
  expiresAt: Date;
}

/** Delivers a password-reset link to its owner. */
export interface PasswordResetMailer {
  sendPasswordReset(message: PasswordResetMessage): Promise<void>;
}

export const PASSWORD_RESET_MAILER = Symbol('PASSWORD_RESET_MAILER');

/** Sends the link by e-mail in the owner's language; with e-mail off, logs only that a reset was asked for (no address, no link). */
@Injectable()
export class EmailPasswordResetMailer implements PasswordResetMailer {
  private readonly logger = new Logger('PasswordResetMailer');

  constructor(@Inject(MAILER) private readonly mailer: Mailer) {}

  async sendPasswordReset(message: PasswordResetMessage): Promise<void> {
    if (!this.mailer.enabled) {
      this.logger.log(`password reset requested for user ${message.userId}; no e-mail delivery is configured`);
      return;
    }
    await this.mailer.send({ to: message.email, ...passwordResetMail(message) });
  }
}
