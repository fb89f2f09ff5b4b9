import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Types } from 'mongoose';
import { toObjectId as oid } from '../common/object-ids';
import { DEFAULT_EMAIL_CADENCE, type EmailCadence } from './notification.kinds';
import { NotificationPreferenceRecord } from './notification.schema';

/** Keyed by user id, so every read is an `_id` equality (served by FerretDB's primary key). */
@Injectable()
export class NotificationPreferencesRepository {
  constructor(@InjectModel(NotificationPreferenceRecord.name) private readonly model: Model<NotificationPreferenceRecord>) {}

  async emailCadence(userId: string): Promise<EmailCadence> {
    if (!Types.ObjectId.isValid(userId)) return DEFAULT_EMAIL_CADENCE;
    const record = await this.model.findOne({ _id: oid(userId) }).lean<NotificationPreferenceRecord>();
    return record?.email ?? DEFAULT_EMAIL_CADENCE;
  }

  async setEmailCadence(userId: string, email: EmailCadence, at: Date): Promise<void> {
    await this.model.updateOne({ _id: oid(userId) }, { $set: { email, updatedAt: at } }, { upsert: true });
  }
}
