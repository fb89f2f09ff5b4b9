import { createTransport, type Transporter } from 'nodemailer';
import type { Mailer, MailMessage } from './mailer.port';

/** Sends through one SMTP server (nodemailer). */
export class SmtpMailer implements Mailer {
  readonly enabled = true;
  private readonly transport: Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
  ) {
    // Short timeouts: a stalled server must not hold a scheduled job past its window.
    this.transport = createTransport({ url: smtpUrl, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000, logger: false });
  }

  async send(message: MailMessage): Promise<void> {
    await this.transport.sendMail({ from: this.from, to: message.to, subject: message.subject, text: message.text, html: message.html, headers: message.headers });
  }

  close(): void {
    this.transport.close();
  }
}

/** E-mail is off (SMTP_URL unset): messages are dropped (MailModule says so once at boot). */
export class DisabledMailer implements Mailer {
  readonly enabled = false;

  async send(): Promise<void> {
    // Nothing to do: there is no server to send to.
  }
}
