import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import type { Language } from '@hub/domain';
import type { User } from '../accounts/accounts.types';
import { UsersRepository } from '../accounts/users.repository';
import { markdownToText, renderMarkdown } from '../common/markdown';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { canSeeRealAuthor } from '../contributions/contributions.service';
import { MAILER, Mailer } from '../mail/mailer.port';
import { fill } from '../mail/mail-layout';
import { MAIL_STRINGS } from '../mail/mail-strings';
import { DAY_MS, HOUR_MS, MINUTE_MS, MONDAY_OFFSET_MS, SchedulerService } from '../scheduler/scheduler.service';
import { TermsService } from '../vocabularies/terms.service';
import { VocabulariesService } from '../vocabularies/vocabularies.service';
import { digestMail, notificationMail, NotificationMailItem } from './notification-mails';
import { NotificationPreferencesRepository } from './notification-preferences.repository';
import { NotificationSubjects, SubjectLoader } from './notification-subjects';
import type { EmailCadence, HubNotification } from './notification.kinds';
import { NotificationsRepository } from './notifications.repository';
import { canSeeSubject, NotificationSubject, readerFor } from './recipient-access';
import { unsubscribeToken } from './unsubscribe-token';

export const INSTANT_MAIL_JOB = 'notification-mail';
export const DAILY_DIGEST_JOB = 'daily-digest';
export const WEEKLY_DIGEST_JOB = 'weekly-digest';
/** Digests go out at 06:00 UTC (08:00/09:00 in Beirut), weekly ones on Mondays. */
const DIGEST_HOUR_MS = 6 * HOUR_MS;
const EXCERPT_CHARS = 600;
const BATCH = 2000;

export interface DeliveryOutcome {
  emails: number;
  sent: number;
  skipped: number;
}

/**
 * E-mails notifications by each recipient's cadence: instant ones once a minute, digests daily
 * and weekly, each job once per window across instances (scheduler/). Access is checked again
 * here, with the recipient's current roles and the content's current labels: anything the
 * recipient can no longer read is skipped. Delivery is at-least-once: a notification is marked
 * sent right after the server accepted it, so only a crash in between can repeat one e-mail.
 */
@Injectable()
export class NotificationDelivery implements OnModuleInit {
  private readonly logger = new Logger(NotificationDelivery.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(MAILER) private readonly mailer: Mailer,
    private readonly scheduler: SchedulerService,
    private readonly notifications: NotificationsRepository,
    private readonly preferences: NotificationPreferencesRepository,
    private readonly subjects: NotificationSubjects,
    private readonly users: UsersRepository,
    private readonly vocabularies: VocabulariesService,
    private readonly terms: TermsService,
  ) {}

  onModuleInit(): void {
    this.scheduler.register({ name: INSTANT_MAIL_JOB, windowMs: MINUTE_MS, run: (now) => this.deliver('INSTANT', now) });
    this.scheduler.register({ name: DAILY_DIGEST_JOB, windowMs: DAY_MS, offsetMs: DIGEST_HOUR_MS, run: (now) => this.deliver('DAILY', now) });
    this.scheduler.register({ name: WEEKLY_DIGEST_JOB, windowMs: 7 * DAY_MS, offsetMs: MONDAY_OFFSET_MS + DIGEST_HOUR_MS, run: (now) => this.deliver('WEEKLY', now) });
  }

  async deliver(cadence: Exclude<EmailCadence, 'OFF'>, now: Date): Promise<DeliveryOutcome> {
    const outcome: DeliveryOutcome = { emails: 0, sent: 0, skipped: 0 };
    if (!this.mailer.enabled) return outcome;
    // Instant mail stops well inside its one-minute window, so the next window's run (perhaps on
    // another instance) never overlaps it; what is left waits a minute.
    const stopAt = Date.now() + (cadence === 'INSTANT' ? 40_000 : 50 * MINUTE_MS);
    const byRecipient = new Map<string, HubNotification[]>();
    for (const notification of await this.notifications.pendingEmail(cadence, BATCH)) {
      byRecipient.set(notification.recipientId, [...(byRecipient.get(notification.recipientId) ?? []), notification]);
    }
    const loader = this.subjects.loader();
    await loader.prime([...byRecipient.values()].flat());
    for (const [recipientId, pending] of byRecipient) {
      if (Date.now() > stopAt) break;
      const ids = pending.map((n) => n.id);
      const user = await this.users.findById(recipientId);
      const current = await this.preferences.emailCadence(recipientId);
      if (!user || user.status !== 'ACTIVE' || !user.email || current === 'OFF') {
        await this.notifications.setEmailState(ids, 'SKIPPED', now);
        outcome.skipped += ids.length;
        continue;
      }
      if (current !== cadence) {
        await this.notifications.setEmailCadence(ids, current);
        continue;
      }
      const visible: Array<{ notification: HubNotification; item: NotificationMailItem }> = [];
      const hidden: string[] = [];
      for (const notification of pending) {
        const item = await this.itemFor(user, notification, loader);
        if (item) visible.push({ notification, item });
        else hidden.push(notification.id);
      }
      if (hidden.length) await this.notifications.setEmailState(hidden, 'SKIPPED', now);
      outcome.skipped += hidden.length;
      try {
        if (cadence === 'INSTANT') {
          for (const { notification, item } of visible) {
            await this.mailer.send({ to: user.email, ...notificationMail(user.language, user.displayName, item, this.footer(user)) });
            await this.notifications.setEmailState([notification.id], 'SENT', new Date());
            outcome.emails++;
            outcome.sent++;
          }
        } else if (visible.length) {
          await this.mailer.send({ to: user.email, ...digestMail(user.language, user.displayName, cadence, visible.map((v) => v.item), this.footer(user)) });
          await this.notifications.setEmailState(visible.map((v) => v.notification.id), 'SENT', new Date());
          outcome.emails++;
          outcome.sent += visible.length;
        }
      } catch (error) {
        // Left PENDING: the next window tries again.
        this.logger.warn(`e-mail to user ${user.id} failed and will be retried: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    return outcome;
  }

  private footer(user: User) {
    return {
      settingsUrl: `${this.config.publicUrl}/settings/notifications`,
      unsubscribeUrl: `${this.config.publicUrl}/email/unsubscribe?token=${unsubscribeToken(this.config.jwtSecret, user.id)}`,
    };
  }

  /** The e-mail's view of one notification, or null when the recipient may not read its subject now. */
  private async itemFor(user: User, notification: HubNotification, loader: SubjectLoader): Promise<NotificationMailItem | null> {
    const subject = await loader.load(notification);
    const reader = readerFor(user);
    if (!subject || !canSeeSubject(reader, subject)) return null;
    const body = subject.contribution?.body ?? subject.synthesis?.body ?? null;
    const excerpt = body === null ? null : body.length > EXCERPT_CHARS ? `${body.slice(0, EXCERPT_CHARS)}…` : body;
    return {
      kind: notification.kind,
      questionTitle: subject.question.title,
      questionUrl: `${this.config.publicUrl}/questions/${subject.question.id}`,
      who: subject.contribution ? await this.authorAsSeenBy(user, subject) : null,
      excerptHtml: excerpt === null ? null : renderMarkdown(excerpt),
      excerptText: excerpt === null ? null : markdownToText(excerpt),
      closesAt: notification.closesAt,
    };
  }

  /** The same rule as the contribution's `author` field: anonymous contributors stay anonymous to peers. */
  private async authorAsSeenBy(user: User, subject: NotificationSubject): Promise<string> {
    const contribution = subject.contribution;
    if (!contribution) return '';
    if (canSeeRealAuthor(readerFor(user), contribution, subject.question)) {
      const author = await this.users.findById(contribution.authorId);
      if (author) return author.displayName;
    }
    return this.anonymousLabel(user.language, contribution.organisationType, contribution.governorate);
  }

  private async anonymousLabel(language: Language, organisationType: string, governorate: string | null): Promise<string> {
    const t = MAIL_STRINGS[language];
    const [label] = await this.terms.labels('ORGANISATION_TYPE', [organisationType]);
    const type = label?.names[language] ?? organisationType;
    const [place] = governorate ? await this.vocabularies.placeWithAncestors([governorate]) : [];
    return place ? fill(t.someoneFromIn, { type, place: place.names[language] }) : fill(t.someoneFrom, { type });
  }
}
