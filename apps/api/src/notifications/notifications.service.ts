import { Inject, Injectable } from '@nestjs/common';
import { LIMITS } from '@hub/domain';
import type { Actor } from '../auth/actor';
import { Connection, decodeCursor, encodeCursor } from '../common/connection';
import { HubError } from '../common/hub-error';
import { MAILER, Mailer } from '../mail/mailer.port';
import { NotificationPreferencesRepository } from './notification-preferences.repository';
import { NotificationSubjects } from './notification-subjects';
import type { EmailCadence, HubNotification } from './notification.kinds';
import { NotificationsRepository } from './notifications.repository';
import { canSeeSubject } from './recipient-access';

/** The feed shows the latest notifications only; older ones remain until pruned but are not paged. */
export const FEED_SIZE = 200;
const MARK_IDS_MAX = 200;

@Injectable()
export class NotificationsService {
  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly preferences: NotificationPreferencesRepository,
    private readonly subjects: NotificationSubjects,
    @Inject(MAILER) private readonly mailer: Mailer,
  ) {}

  /**
   * The viewer's notifications they may read now: each subject is checked again with the
   * viewer's current access, so a question made confidential since disappears from the feed.
   */
  async visible(actor: Actor, onlyUnread = false): Promise<HubNotification[]> {
    const latest = (await this.notifications.latestFor(actor.userId, FEED_SIZE)).filter((n) => !onlyUnread || !n.readAt);
    const loader = this.subjects.loader();
    await loader.prime(latest);
    const checks = await Promise.all(latest.map(async (n) => {
      const subject = await loader.load(n);
      return !!subject && canSeeSubject(actor, subject);
    }));
    return latest.filter((_, i) => checks[i]);
  }

  async list(actor: Actor, first: number, after: string | null): Promise<Connection<HubNotification>> {
    const size = Math.min(Math.max(first, 1), LIMITS.pageSizeMax);
    const all = await this.visible(actor);
    const start = after ? all.findIndex((n) => n.id === decodeCursor(after).id) + 1 : 0;
    const page = all.slice(start, start + size);
    const edges = page.map((node) => ({ node, cursor: encodeCursor({ key: node.createdAt.getTime(), id: node.id }) }));
    return { edges, totalCount: all.length, pageInfo: { hasNextPage: start + size < all.length, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  async unreadCount(actor: Actor): Promise<number> {
    return (await this.visible(actor, true)).length;
  }

  /** Marks the viewer's own notifications read: the listed ones, or all with `all`. */
  async markRead(actor: Actor, ids: string[] | null, all: boolean): Promise<number> {
    if (all === !!ids?.length) throw HubError.invalid([{ field: 'ids', message: 'give either ids or all: true' }]);
    if (ids && ids.length > MARK_IDS_MAX) throw HubError.invalid([{ field: 'ids', message: `at most ${MARK_IDS_MAX} at once` }]);
    return this.notifications.markRead(actor.userId, all ? null : (ids ?? []), new Date());
  }

  async preferencesOf(actor: Actor): Promise<{ email: EmailCadence; emailAvailable: boolean }> {
    return { email: await this.preferences.emailCadence(actor.userId), emailAvailable: this.mailer.enabled };
  }

  async updatePreferences(actor: Actor, email: EmailCadence): Promise<{ email: EmailCadence; emailAvailable: boolean }> {
    await this.preferences.setEmailCadence(actor.userId, email, new Date());
    return this.preferencesOf(actor);
  }

  /** The unsubscribe link: turns e-mail off for the user the signed token names. */
  async unsubscribe(userId: string): Promise<void> {
    await this.preferences.setEmailCadence(userId, 'OFF', new Date());
  }
}
