import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Types } from 'mongoose';
import { isDuplicateKeyError } from '../accounts/duplicate-key';
import { toHex as hex, toObjectId as oid, validObjectIds } from '../common/object-ids';
import type { EmailCadence, HubNotification, NotificationEvent } from './notification.kinds';
import { EmailState, NotificationEventRecord, NotificationRecord, NotificationStateRecord } from './notification.schema';

type NotificationLean = NotificationRecord & { _id: Types.ObjectId };

function toNotification(r: NotificationLean): HubNotification {
  return {
    id: hex(r._id),
    recipientId: hex(r.recipientId),
    kind: r.kind,
    questionId: hex(r.questionId),
    contributionId: r.contributionId ? hex(r.contributionId) : null,
    synthesisVersion: r.synthesisVersion ?? null,
    closesAt: r.closesAt ?? null,
    createdAt: r.createdAt,
    readAt: r.readAt ?? null,
  };
}

function toEvent(r: NotificationEventRecord): NotificationEvent {
  return {
    key: r._id,
    kind: r.kind,
    questionId: r.questionId,
    contributionId: r.contributionId ?? null,
    synthesisVersion: r.synthesisVersion ?? null,
    closesAt: r.closesAt ?? null,
    actorId: r.actorId ?? null,
  };
}

/** Notifications, their events (the job queue) and the sweep's state. Every write is one document. */
@Injectable()
export class NotificationsRepository implements OnModuleInit {
  constructor(
    @InjectModel(NotificationRecord.name) private readonly notifications: Model<NotificationRecord>,
    @InjectModel(NotificationEventRecord.name) private readonly events: Model<NotificationEventRecord>,
    @InjectModel(NotificationStateRecord.name) private readonly state: Model<NotificationStateRecord>,
  ) {}

  async onModuleInit(): Promise<void> {
    await Promise.all([this.notifications.createIndexes(), this.events.createIndexes()]);
  }

  // --- Events ---

  /** False when the event was already queued (by this or another instance). */
  async queueEvent(event: NotificationEvent, at: Date): Promise<boolean> {
    try {
      await this.events.create({
        _id: event.key,
        kind: event.kind,
        questionId: event.questionId,
        contributionId: event.contributionId ?? undefined,
        synthesisVersion: event.synthesisVersion ?? undefined,
        closesAt: event.closesAt ?? undefined,
        actorId: event.actorId ?? undefined,
        createdAt: at,
      });
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }

  /** Null when never queued; otherwise whether its fan-out finished. */
  async eventState(key: string): Promise<{ fannedOut: boolean } | null> {
    const record = await this.events.findOne({ _id: key }, { fannedOutAt: 1 }).lean<NotificationEventRecord>();
    return record ? { fannedOut: !!record.fannedOutAt } : null;
  }

  async markFannedOut(key: string, at: Date): Promise<void> {
    await this.events.updateOne({ _id: key }, { $set: { fannedOutAt: at } });
  }

  /** Events queued before `before` whose fan-out never finished (a crash, a failed write). */
  async unfinishedEvents(before: Date, limit: number): Promise<NotificationEvent[]> {
    const records = await this.events.find({ fannedOutAt: { $exists: false }, createdAt: { $lt: before } }).sort({ createdAt: 1 }).limit(limit).lean<NotificationEventRecord[]>();
    return records.map(toEvent);
  }

  // --- Notifications ---

  /** One insert per recipient; false when this recipient already has it (a repeated fan-out). */
  async insert(event: NotificationEvent, recipientId: string, at: Date, emailCadence: EmailCadence): Promise<boolean> {
    try {
      await this.notifications.create({
        key: `${event.key}|${recipientId}`,
        recipientId: oid(recipientId),
        kind: event.kind,
        questionId: oid(event.questionId),
        contributionId: event.contributionId ? oid(event.contributionId) : undefined,
        synthesisVersion: event.synthesisVersion ?? undefined,
        closesAt: event.closesAt ?? undefined,
        createdAt: at,
        email: emailCadence === 'OFF' ? 'SKIPPED' : 'PENDING',
        emailCadence,
      });
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }

  /** The recipient's latest notifications, newest first. */
  async latestFor(recipientId: string, limit: number): Promise<HubNotification[]> {
    const records = await this.notifications.find({ recipientId: oid(recipientId) }).sort({ createdAt: -1, _id: -1 }).limit(limit).lean<NotificationLean[]>();
    return records.map(toNotification);
  }

  /** Marks the recipient's own notifications read (all of them when `ids` is null); returns how many changed. */
  async markRead(recipientId: string, ids: readonly string[] | null, at: Date): Promise<number> {
    const filter: Record<string, unknown> = { recipientId: oid(recipientId), readAt: { $exists: false } };
    if (ids) filter['_id'] = { $in: validObjectIds(ids) };
    const result = await this.notifications.updateMany(filter, { $set: { readAt: at } });
    return result.modifiedCount;
  }

  async pendingEmail(cadence: EmailCadence, limit: number): Promise<HubNotification[]> {
    const records = await this.notifications.find({ email: 'PENDING', emailCadence: cadence }).sort({ createdAt: 1 }).limit(limit).lean<NotificationLean[]>();
    return records.map(toNotification);
  }

  /** The recipient changed their cadence since these were written: the matching job sends them. */
  async setEmailCadence(ids: readonly string[], cadence: EmailCadence): Promise<void> {
    for (const id of ids) await this.notifications.updateOne({ _id: oid(id) }, { $set: { emailCadence: cadence } });
  }

  async setEmailState(ids: readonly string[], state: EmailState, at: Date): Promise<void> {
    // By `_id` equality, one at a time: FerretDB scans for `$in`, and these sets are small.
    for (const id of ids) await this.notifications.updateOne({ _id: oid(id) }, { $set: { email: state, emailedAt: at } });
  }

  /** Notifications are a feed, not an archive: old ones go. */
  async pruneBefore(before: Date): Promise<number> {
    const result = await this.notifications.deleteMany({ createdAt: { $lt: before } });
    await this.events.deleteMany({ createdAt: { $lt: before }, fannedOutAt: { $exists: true } });
    return result.deletedCount;
  }

  // --- State ---

  /** The stored time for `name`, storing `fallback` first when there is none (first writer wins). */
  async stateOrInit(name: string, fallback: Date): Promise<Date> {
    try {
      await this.state.create({ _id: name, at: fallback });
      return fallback;
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      const record = await this.state.findOne({ _id: name }).lean<NotificationStateRecord>();
      return record?.at ?? fallback;
    }
  }

  async setState(name: string, at: Date): Promise<void> {
    await this.state.updateOne({ _id: name }, { $set: { at } }, { upsert: true });
  }
}
