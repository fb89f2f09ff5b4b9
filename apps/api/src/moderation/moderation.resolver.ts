import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { UserSummaryModel } from '../accounts/accounts.models';
import { CurrentActor, Roles } from '../auth/access.decorator';
import { Actor } from '../auth/actor';
import { Connection } from '../common/connection';
import type { GraphQLContext } from '../loaders/request-loaders';
import { DecideReviewInput, ReviewItemConnection, ReviewItemModel } from './moderation.models';
import { ModerationService, ReviewItem } from './moderation.service';

@Resolver(() => ReviewItemModel)
export class ModerationResolver {
  constructor(private readonly moderation: ModerationService) {}

  @Roles('MODERATOR', 'PLATFORM_ADMIN')
  @Query(() => ReviewItemConnection, { description: 'Questions, contributions, comments and synthesis versions held because personal data was detected, oldest first, with the findings.' })
  reviewQueue(
    @CurrentActor() actor: Actor,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<Connection<ReviewItem>> {
    return this.moderation.queue(actor, first, after);
  }

  @Roles('MODERATOR', 'PLATFORM_ADMIN')
  @Mutation(() => ReviewItemModel, { description: 'Approves (publishes) or rejects, with a reason, a held item; audited.' })
  decideReview(@CurrentActor() actor: Actor, @Args('input') input: DecideReviewInput): Promise<ReviewItem> {
    return this.moderation.decide(actor, { kind: input.kind, id: input.id, synthesisVersion: input.synthesisVersion ?? null, approve: input.approve, reason: input.reason ?? null });
  }

  @ResolveField(() => UserSummaryModel, { nullable: true, description: 'Moderators see who wrote a held item, anonymous or not.' })
  author(@Parent() item: ReviewItem, @Context() { loaders }: GraphQLContext) {
    return loaders.users.load(item.authorId);
  }
}
