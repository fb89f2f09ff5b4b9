import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Types } from 'mongoose';
import { EMAIL_CADENCES, NOTIFICATION_KINDS, type EmailCadence, type NotificationKind } from './notification.kinds';

export const EMAIL_STATES = ['PENDING', 'SENT', 'SKIPPED'] as const;
export type EmailState = (typeof EMAIL_STATES)[number];

/**
 * One notification for one recipient. It holds ids only, never content: titles, excerpts and
 * authors are read when it is shown or e-mailed, with the recipient's access at that moment.
 */
@Schema({ collection: 'notifications', versionKey: false })
export class NotificationRecord {
  /** `<event key>|<recipient id>`: unique, so fanning an event out twice inserts nothing new. */
  @Prop({ type: String, required: true })
  key!: string;

  @Prop({ type: Types.ObjectId, required: true })
  recipientId!: Types.ObjectId;

  @Prop({ type: String, enum: NOTIFICATION_KINDS, required: true })
  kind!: NotificationKind;

  @Prop({ type: Types.ObjectId, required: true })
  questionId!: Types.ObjectId;

  @Prop({ type: Types.ObjectId })
  contributionId?: Types.ObjectId;

  @Prop({ type: Number })
  synthesisVersion?: number;

  @Prop({ type: Date })
  closesAt?: Date;

  @Prop({ type: Date, required: true })
  createdAt!: Date;

  @Prop({ type: Date })
  readAt?: Date;

  /** E-mail delivery: PENDING until the recipient's cadence sends it (or it is skipped). */
  @Prop({ type: String, enum: EMAIL_STATES, required: true })
  email!: EmailState;

  /** The recipient's cadence when it was written; re-checked when it is sent. */
  @Prop({ type: String, enum: EMAIL_CADENCES })
  emailCadence?: EmailCadence;

  @Prop({ type: Date })
  emailedAt?: Date;
}

export const NotificationSchema = SchemaFactory.createForClass(NotificationRecord);
NotificationSchema.index({ key: 1 }, { unique: true });
NotificationSchema.index({ recipientId: 1, createdAt: -1 });
NotificationSchema.index({ email: 1, emailCadence: 1 });

/** The durable job queue: an event is inserted (once, by its key) before it is fanned out. */
@Schema({ collection: 'notification_events', versionKey: false })
export class NotificationEventRecord {
  @Prop({ type: String, required: true })
  _id!: string;

  @Prop({ type: String, enum: NOTIFICATION_KINDS, required: true })
  kind!: NotificationKind;

  @Prop({ type: String, required: true })
  questionId!: string;

  @Prop({ type: String })
  contributionId?: string;

  @Prop({ type: Number })
  synthesisVersion?: number;

  @Prop({ type: Date })
  closesAt?: Date;

  @Prop({ type: String })
  actorId?: string;

  @Prop({ type: Date, required: true })
  createdAt!: Date;

  /** Set once every recipient's notification is written; the sweep retries events without it. */
  @Prop({ type: Date })
  fannedOutAt?: Date;
}

export const NotificationEventSchema = SchemaFactory.createForClass(NotificationEventRecord);
NotificationEventSchema.index({ fannedOutAt: 1, createdAt: 1 });

/** Per-member preferences, keyed by the user id (read by `_id`). */
@Schema({ collection: 'notification_preferences', versionKey: false })
export class NotificationPreferenceRecord {
  @Prop({ type: Types.ObjectId, required: true })
  _id!: Types.ObjectId;

  @Prop({ type: String, enum: EMAIL_CADENCES, required: true })
  email!: EmailCadence;

  @Prop({ type: Date, required: true })
  updatedAt!: Date;
}

export const NotificationPreferenceSchema = SchemaFactory.createForClass(NotificationPreferenceRecord);

/** Small named values: when notifications started (`started`) and how far the sweep has read (`sweep`). */
@Schema({ collection: 'notification_state', versionKey: false })
export class NotificationStateRecord {
  @Prop({ type: String, required: true })
  _id!: string;

  @Prop({ type: Date, required: true })
  at!: Date;
}

export const NotificationStateSchema = SchemaFactory.createForClass(NotificationStateRecord);
