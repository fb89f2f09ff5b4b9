import { Global, Inject, Logger, Module, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { MAILER, Mailer } from './mailer.port';
import { DisabledMailer, SmtpMailer } from './smtp.mailer';

/** Global: accounts (invitations, password resets) and notifications send through one Mailer. */
@Global()
@Module({
  providers: [
    {
      provide: MAILER,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): Mailer => (config.mail ? new SmtpMailer(config.mail.smtpUrl, config.mail.from) : new DisabledMailer()),
    },
  ],
  exports: [MAILER],
})
export class MailModule implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(@Inject(MAILER) private readonly mailer: Mailer) {}

  onApplicationBootstrap(): void {
    // Once, and never the URL: it may carry the SMTP password.
    if (!this.mailer.enabled) new Logger('Mailer').log('e-mail is off: SMTP_URL is not set, so no e-mail is sent');
  }

  onApplicationShutdown(): void {
    if (this.mailer instanceof SmtpMailer) this.mailer.close();
  }
}
