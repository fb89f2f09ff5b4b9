import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { UsersRepository } from '../accounts/users.repository';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { ContentChanges } from '../content/content-changes';
import { ContributionsRepository } from '../contributions/contributions.repository';
import { FollowsRepository } from '../follows/follows.repository';
import { QuestionsRepository } from '../questions/questions.repository';
import type { ResearchQuestion } from '../questions/questions.types';
import { DAY_MS, HOUR_MS, MINUTE_MS, SchedulerService } from '../scheduler/scheduler.service';
import { closingEvent, contributionEvents, questionEvents } from './notification-events';
import { NotificationPreferencesRepository } from './notification-preferences.repository';
import { NotificationSubjects } from './notification-subjects';
import type { NotificationEvent } from './notification.kinds';
import { NotificationsRepository } from './notifications.repository';
import { canSeeSubject, readerFor } from './recipient-access';
import { InjectConnection } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { FullScanCadence } from '../database/by-id-queries';

export const NOTIFICATION_SWEEP_JOB = 'notification-sweep';
export const CLOSING_REMINDERS_JOB = 'closing-reminders';
export const NOTIFICATION_PRUNE_JOB = 'notification-prune';
const SWEEP_BATCH = 500;
/** Writes made while the previous sweep ran are read again: deriving an event twice is harmless. */
const SWEEP_OVERLAP_MS = 2 * MINUTE_MS;
const KEEP_NOTIFICATIONS_MS = 180 * DAY_MS;
/**
 * Hints whose handling failed (the database briefly away, say) are tried again after this delay,
 * doubling up to RETRY_MAX_MS: on FerretDB the sweep that would otherwise find them runs hourly.
 */
export const NOTIFICATION_RETRY_FIRST_MS = 5_000;
const RETRY_MAX_MS = 5 * MINUTE_MS;
/** Beyond this many waiting hints, the rest are left to the sweep (memory stays bounded in a long outage). */
const RETRY_MAX_HINTS = 10_000;

interface Hint {
  kind: 'question' | 'contribution';
  id: string;
}

/**
 * Turns content changes into notifications, without ever slowing or failing the write that
 * caused them:
 * - Fast path: the repositories' in-process change hints (content/content-changes.ts) are handled
 *   after the write returned; each derived event is queued once (a unique-key insert into
 *   `notification_events`) and fanned out as one single-document insert per recipient. Hints
 *   whose handling failed are tried again after 5 s, then 10 s, up to every 5 minutes.
 * - Durable path: a scheduled sweep (once a minute across instances on MongoDB; hourly on FerretDB,
 *   where it reads both collections whole: FullScanCadence) re-derives events from the
 *   content written since its last run and finishes any queued event whose fan-out did not
 *   complete. Events are derived from the content itself, so a crash between a write and its
 *   notifications delays them by a sweep instead of losing them; every step is idempotent.
 */

@Injectable()
export class NotificationsFanout implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(NotificationsFanout.name);
  private startedAt: Date | null = null;
  private readonly hinted = { question: new Set<string>(), contribution: new Set<string>() };
  /** Hints whose handling failed, waiting for the retry timer (not for settled(): a database down would never settle). */
  private readonly failed = new Map<string, Hint>();
  private retryTimer: NodeJS.Timeout | null = null;
  private retryDelayMs = NOTIFICATION_RETRY_FIRST_MS;
  private stopping = false;
  private work: Promise<void> = Promise.resolve();
  private scheduled = false;
  private unsubscribe: (() => void) | null = null;
  private readonly sweepCadence: FullScanCadence;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly changes: ContentChanges,
    private readonly scheduler: SchedulerService,
    private readonly notifications: NotificationsRepository,
    private readonly preferences: NotificationPreferencesRepository,
    private readonly subjects: NotificationSubjects,
    private readonly questions: QuestionsRepository,
    private readonly contributions: ContributionsRepository,
    private readonly follows: FollowsRepository,
    private readonly users: UsersRepository,
    @InjectConnection() connection: Connection,
  ) {
    this.sweepCadence = new FullScanCadence(connection);
  }

  onModuleInit(): void {
    this.scheduler.register({ name: NOTIFICATION_SWEEP_JOB, windowMs: MINUTE_MS, run: (now) => this.sweepCadence.run(now, () => this.sweep(now), 0) });
    this.scheduler.register({ name: CLOSING_REMINDERS_JOB, windowMs: HOUR_MS, run: (now) => this.remindClosing(now) });
    this.scheduler.register({ name: NOTIFICATION_PRUNE_JOB, windowMs: DAY_MS, run: (now) => this.notifications.pruneBefore(new Date(now.getTime() - KEEP_NOTIFICATIONS_MS)) });
    this.unsubscribe = this.changes.subscribe(({ kind, ids }) => {
      for (const id of ids) this.hinted[kind].add(id);
      this.schedule();
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.since();
  }

  async onApplicationShutdown(): Promise<void> {
    this.unsubscribe?.();
    this.stopping = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    await this.settled();
  }

  /** Resolves once every hint received so far has been handled (tests wait on it). */
  async settled(): Promise<void> {
    while (this.scheduled || this.hinted.question.size || this.hinted.contribution.size) {
      this.schedule();
      await this.work;
    }
    await this.work;
  }

  /** Derives and fans out events for what the sweep window saw; returns how many events it handled. */
  async sweep(now: Date): Promise<number> {
    const since = await this.since();
    const from = new Date((await this.notifications.stateOrInit('sweep', since)).getTime() - SWEEP_OVERLAP_MS);
    const [questions, contributions] = await Promise.all([this.questions.changedSince(from, SWEEP_BATCH), this.contributions.changedSince(from, SWEEP_BATCH)]);
    let handled = 0;
    for (const question of questions) handled += await this.forQuestion(question);
    for (const contribution of contributions) handled += await this.handleAll(contributionEvents(contribution, since));
    for (const event of await this.notifications.unfinishedEvents(new Date(now.getTime() - MINUTE_MS), SWEEP_BATCH)) {
      await this.fanOut(event);
      handled++;
    }
    // A full batch means more is waiting: continue from the last write read, not from now.
    const full = [questions, contributions].filter((list) => list.length === SWEEP_BATCH).map((list) => list[list.length - 1].updatedAt.getTime());
    await this.notifications.setState('sweep', full.length ? new Date(Math.min(...full)) : now);
    return handled;
  }

  /** Queues a reminder for every open question whose window closes within the configured days. */
  async remindClosing(now: Date): Promise<number> {
    const closing = await this.questions.closingBetween(now, new Date(now.getTime() + this.config.reminderDays * DAY_MS), SWEEP_BATCH);
    let handled = 0;
    for (const question of closing) {
      const event = closingEvent(question);
      if (event) handled += await this.handleAll([event]);
    }
    return handled;
  }

  private async since(): Promise<Date> {
    this.startedAt ??= await this.notifications.stateOrInit('started', new Date());
    return this.startedAt;
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    this.work = this.work.then(() => new Promise<void>((resolve) => setImmediate(resolve))).then(() => this.drainHints());
  }

  private async drainHints(): Promise<void> {
    this.scheduled = false;
    const hints: Hint[] = [
      ...[...this.hinted.question].map((id) => ({ kind: 'question' as const, id })),
      ...[...this.hinted.contribution].map((id) => ({ kind: 'contribution' as const, id })),
    ];
    this.hinted.question.clear();
    this.hinted.contribution.clear();
    await this.handleInOrder(hints);
  }

  private async handleInOrder(hints: Hint[]): Promise<void> {
    for (const [index, hint] of hints.entries()) {
      try {
        await this.handleHint(hint);
      } catch (error) {
        // Stop at the first failure (the database is likely away): every step is idempotent, so the
        // rest is tried again later, the failed hint last so that one bad record cannot hold back
        // the others. The sweep remains the durable path.
        this.logger.warn(`notifications for a write are delayed to a retry: ${error instanceof Error ? error.message : String(error)}`);
        this.retryLater(hints.slice(index + 1), hint);
        return;
      }
    }
    this.retryDelayMs = NOTIFICATION_RETRY_FIRST_MS;
  }

  private async handleHint({ kind, id }: Hint): Promise<void> {
    if (kind === 'question') {
      const question = await this.questions.findById(id);
      if (question) await this.forQuestion(question);
    } else {
      const contribution = await this.subjects.contribution(id);
      if (contribution) await this.handleAll(contributionEvents(contribution, await this.since()));
    }
  }

  /** Keeps hints for another try, `failedOne` last, after a delay that doubles while tries keep failing. */
  private retryLater(untried: Hint[], failedOne: Hint): void {
    // Shutting down: the sweep after the next start derives the same events from the content.
    if (this.stopping) return;
    const keyOf = (hint: Hint) => `${hint.kind}:${hint.id}`;
    this.failed.delete(keyOf(failedOne));
    for (const hint of [...untried, failedOne]) {
      if (this.failed.size >= RETRY_MAX_HINTS) break;
      if (!this.failed.has(keyOf(hint))) this.failed.set(keyOf(hint), hint);
    }
    if (this.retryTimer) return;
    const delay = this.retryDelayMs;
    this.retryDelayMs = Math.min(delay * 2, RETRY_MAX_MS);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      const again = [...this.failed.values()];
      this.failed.clear();
      this.work = this.work.then(() => this.handleInOrder(again));
    }, delay);
    this.retryTimer.unref();
  }

  private async forQuestion(question: ResearchQuestion): Promise<number> {
    const syntheses = await this.questions.synthesesOf([question.id]);
    const latest = syntheses.reduce<(typeof syntheses)[number] | null>((a, b) => (!a || b.version > a.version ? b : a), null);
    return this.handleAll(questionEvents(question, latest, await this.since()));
  }

  private async handleAll(events: NotificationEvent[]): Promise<number> {
    let handled = 0;
    for (const event of events) {
      const state = await this.notifications.eventState(event.key);
      if (state?.fannedOut) continue;
      if (!state) await this.notifications.queueEvent(event, new Date());
      await this.fanOut(event);
      handled++;
    }
    return handled;
  }

  /** One notification per recipient who may read the subject now; idempotent (unique keys). */
  private async fanOut(event: NotificationEvent): Promise<void> {
    const subject = await this.subjects.loader().load(event);
    if (subject) {
      const recipientIds = (await this.recipientsOf(event, subject.question)).filter((id) => id !== event.actorId);
      const recipients = await this.users.findByIds(recipientIds);
      const now = new Date();
      for (const user of recipients) {
        if (user.status !== 'ACTIVE' || !canSeeSubject(readerFor(user), subject)) continue;
        await this.notifications.insert(event, user.id, now, await this.preferences.emailCadence(user.id));
      }
    }
    await this.notifications.markFannedOut(event.key, new Date());
  }

  private async recipientsOf(event: NotificationEvent, question: ResearchQuestion): Promise<string[]> {
    const followersOfQuestion = () => this.follows.followersOf('QUESTION', [question.id]);
    switch (event.kind) {
      case 'QUESTION_OPENED': {
        const [bySector, byPlace, byTag] = await Promise.all([
          this.follows.followersOf('SECTOR', question.sectors),
          this.follows.followersOf('PLACE', question.placeScope),
          this.follows.followersOf('TAG', question.tags),
        ]);
        return unique([...bySector, ...byPlace, ...byTag]);
      }
      case 'CONTRIBUTION_ADDED':
      case 'SYNTHESIS_PUBLISHED':
        return unique([...(await followersOfQuestion()), question.authorId]);
      case 'QUESTION_INVITATION': {
        const [, , scope, invitee] = event.key.split(':');
        const members = await this.users.activeIn(scope === 'org' ? [invitee] : [], scope === 'sector' ? [invitee] : []);
        return members.map((user) => user.id);
      }
      case 'DISCUSSION_CLOSING': {
        const invited = await this.users.activeIn(question.invitedOrganisations, question.invitedSectors);
        return unique([...(await followersOfQuestion()), ...invited.map((user) => user.id)]);
      }
    }
  }
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}
