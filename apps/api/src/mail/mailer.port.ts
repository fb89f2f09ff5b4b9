/** One e-mail, ready to send: both parts are rendered by the templates (mail-templates.ts). */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Extra headers, e.g. List-Unsubscribe. */
  headers?: Record<string, string>;
}

/** Sends e-mail. The SMTP adapter is used when SMTP_URL is set; otherwise nothing is sent. */
export interface Mailer {
  readonly enabled: boolean;
  /** Resolves once the server accepted the message; rejects when it did not. */
  send(message: MailMessage): Promise<void>;
}

export const MAILER = Symbol('MAILER');
