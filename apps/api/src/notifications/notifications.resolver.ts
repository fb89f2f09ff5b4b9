import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, Members } from '../auth/access.decorator';
import { Actor } from '../auth/actor';
import { ContributionModel } from '../contributions/contribution.model';
import type { GraphQLContext } from '../loaders/request-loaders';
import { ResearchQuestionModel } from '../questions/question.model';
import { NotificationConnection, NotificationModel, NotificationPreferencesInput, NotificationPreferencesModel } from './notification.model';
import type { HubNotification } from './notification.kinds';
import { NotificationsService } from './notifications.service';

@Resolver(() => NotificationModel)
export class NotificationsResolver {
  constructor(private readonly service: NotificationsService) {}

  @Members()
  @Query(() => NotificationConnection, { description: 'The viewer’s notifications, newest first (only about what they may read now).' })
  notifications(
    @CurrentActor() actor: Actor,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ) {
    return this.service.list(actor, first, after);
  }

  @Members()
  @Query(() => Int, { description: 'How many of the viewer’s notifications are unread.' })
  unreadNotificationCount(@CurrentActor() actor: Actor): Promise<number> {
    return this.service.unreadCount(actor);
  }

  @Members()
  @Mutation(() => Int, { description: 'Marks the viewer’s notifications read (the given ids, or all); returns how many changed.' })
  markNotificationsRead(
    @CurrentActor() actor: Actor,
    @Args('ids', { type: () => [ID], nullable: true }) ids: string[] | null,
    @Args('all', { type: () => Boolean, defaultValue: false }) all: boolean,
  ): Promise<number> {
    return this.service.markRead(actor, ids, all);
  }

  @Members()
  @Query(() => NotificationPreferencesModel)
  notificationPreferences(@CurrentActor() actor: Actor) {
    return this.service.preferencesOf(actor);
  }

  @Members()
  @Mutation(() => NotificationPreferencesModel, { description: 'Sets how often notifications are e-mailed (in-app notifications are always on).' })
  updateNotificationPreferences(@CurrentActor() actor: Actor, @Args('input') input: NotificationPreferencesInput) {
    return this.service.updatePreferences(actor, input.email);
  }

  /** Through the request's loaders: readable by the viewer or null (the feed already filtered). */
  @ResolveField(() => ResearchQuestionModel, { nullable: true })
  question(@Parent() notification: HubNotification, @Context() { loaders }: GraphQLContext) {
    return loaders.questions.load(notification.questionId);
  }

  /** Its author shows as the contribution's `author` field decides: anonymous to peers. */
  @ResolveField(() => ContributionModel, { nullable: true })
  contribution(@Parent() notification: HubNotification, @Context() { loaders }: GraphQLContext) {
    return notification.contributionId ? loaders.contributions.load(notification.contributionId) : null;
  }
}
