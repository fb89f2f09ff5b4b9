import { Injectable, Logger } from '@nestjs/common';
import type { Language } from '@hub/domain';

export interface PasswordResetMessage {
  userId: string;
  email: string;
  displayName: string;
  language: Language;
  /** Carries the one-time token: never log it. */
  resetUrl: string;
  expiresAt: Date;
}

/** Delivers a password-reset link to its owner. E-mail delivery plugs in here (a later issue). */
export interface PasswordResetMailer {
  sendPasswordReset(message: PasswordResetMessage): Promise<void>;
}

export const PASSWORD_RESET_MAILER = Symbol('PASSWORD_RESET_MAILER');

/** Until e-mail exists: delivers nothing and logs only that a reset was asked for (no address, no link). */
@Injectable()
export class UndeliveredPasswordResetMailer implements PasswordResetMailer {
  private readonly logger = new Logger('PasswordResetMailer');

  async sendPasswordReset(message: PasswordResetMessage): Promise<void> {
    this.logger.log(`password reset requested for user ${message.userId}; no e-mail delivery is configured`);
  }
}
