import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsIn } from 'class-validator';
import { connectionType } from '../common/connection';
import { enumFromValues } from '../common/graphql-enum';
import { EMAIL_CADENCES, NOTIFICATION_KINDS, type EmailCadence, type HubNotification, type NotificationKind } from './notification.kinds';

export const NotificationKindEnum = enumFromValues(NOTIFICATION_KINDS);
registerEnumType(NotificationKindEnum, { name: 'NotificationKind' });
export const EmailCadenceEnum = enumFromValues(EMAIL_CADENCES);
registerEnumType(EmailCadenceEnum, { name: 'EmailCadence', description: 'How often notifications are e-mailed; in-app notifications are always on.' });

@ObjectType('Notification', { description: 'Something that happened in what the viewer follows, asked, or was invited to; only about what the viewer may read.' })
export class NotificationModel implements Pick<HubNotification, 'id' | 'kind' | 'createdAt' | 'readAt' | 'synthesisVersion' | 'closesAt'> {
  @Field(() => ID)
  id!: string;

  @Field(() => NotificationKindEnum)
  kind!: NotificationKind;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  readAt!: Date | null;

  @Field(() => Int, { nullable: true, description: 'SYNTHESIS_PUBLISHED: the version published.' })
  synthesisVersion!: number | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'DISCUSSION_CLOSING: when the discussion window closes.' })
  closesAt!: Date | null;
}

export const NotificationConnection = connectionType(NotificationModel, 'Notification');

@ObjectType('NotificationPreferences')
export class NotificationPreferencesModel {
  @Field(() => EmailCadenceEnum)
  email!: EmailCadence;

  @Field({ description: 'Whether e-mail can be sent at all on this hub (SMTP configured).' })
  emailAvailable!: boolean;
}

@InputType()
export class NotificationPreferencesInput {
  @Field(() => EmailCadenceEnum)
  @IsIn(EMAIL_CADENCES)
  email!: EmailCadence;
}
