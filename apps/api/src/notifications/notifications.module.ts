import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { ContributionsModule } from '../contributions/contributions.module';
import { FollowsModule } from '../follows/follows.module';
import { QuestionsModule } from '../questions/questions.module';
import { VocabulariesModule } from '../vocabularies/vocabularies.module';
import { NotificationDelivery } from './notification-delivery.service';
import { NotificationPreferencesRepository } from './notification-preferences.repository';
import {
  NotificationEventRecord,
  NotificationEventSchema,
  NotificationPreferenceRecord,
  NotificationPreferenceSchema,
  NotificationRecord,
  NotificationSchema,
  NotificationStateRecord,
  NotificationStateSchema,
} from './notification.schema';
import { NotificationSubjects } from './notification-subjects';
import { NotificationsFanout } from './notifications-fanout.service';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';
import { UnsubscribeController } from './unsubscribe.controller';

@Module({
  imports: [
    MongooseModule.forFeature([
      { name: NotificationRecord.name, schema: NotificationSchema },
      { name: NotificationEventRecord.name, schema: NotificationEventSchema },
      { name: NotificationPreferenceRecord.name, schema: NotificationPreferenceSchema },
      { name: NotificationStateRecord.name, schema: NotificationStateSchema },
    ]),
    QuestionsModule,
    ContributionsModule,
    FollowsModule,
    VocabulariesModule,
  ],
  controllers: [UnsubscribeController],
  providers: [NotificationsRepository, NotificationPreferencesRepository, NotificationSubjects, NotificationsFanout, NotificationDelivery, NotificationsService, NotificationsResolver],
})
export class NotificationsModule {}
