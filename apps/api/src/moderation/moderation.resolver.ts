import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '../auth/access.decorator';
import { Actor } from '../auth/actor';
import { ContributionModel } from '../contributions/contribution.model';
import type { Contribution } from '../contributions/contributions.types';
import { ModerationService } from './moderation.service';

@Resolver()
export class ModerationResolver {
  constructor(private readonly moderation: ModerationService) {}

  @Roles('MODERATOR', 'PLATFORM_ADMIN')
  @Query(() => [ContributionModel], { description: 'Contributions held because personal data was detected, oldest first.' })
  reviewQueue(@CurrentActor() actor: Actor, @Args('first', { type: () => Int, defaultValue: 50 }) first: number): Promise<Contribution[]> {
    return this.moderation.queue(actor, first);
  }

  @Roles('MODERATOR', 'PLATFORM_ADMIN')
  @Mutation(() => ContributionModel, { description: 'Approves (publishes) or rejects a held contribution.' })
  decideReview(
    @CurrentActor() actor: Actor,
    @Args('contributionId', { type: () => ID }) contributionId: string,
    @Args('approve', { type: () => Boolean }) approve: boolean,
  ): Promise<Contribution> {
    return this.moderation.decide(actor, contributionId, approve);
  }
}
