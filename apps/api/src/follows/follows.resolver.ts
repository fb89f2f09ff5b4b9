import { Args, Field, GraphQLISODateTime, Mutation, ObjectType, Query, Resolver, registerEnumType } from '@nestjs/graphql';
import { LIMITS } from '@hub/domain';
import { CurrentActor, Members } from '../auth/access.decorator';
import { Actor } from '../auth/actor';
import { enumFromValues } from '../common/graphql-enum';
import { HubError } from '../common/hub-error';
import { FOLLOW_KINDS, type FollowKind } from './follow.schema';
import { FollowsService } from './follows.service';

export const FollowKindEnum = enumFromValues(FOLLOW_KINDS);
registerEnumType(FollowKindEnum, { name: 'FollowKind' });

@ObjectType('Follow')
export class FollowModel {
  @Field(() => FollowKindEnum)
  kind!: FollowKind;

  @Field({ description: 'A question id, sector code, place code or tag slug.' })
  key!: string;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}

@Resolver(() => FollowModel)
export class FollowsResolver {
  constructor(private readonly follows: FollowsService) {}

  @Members()
  @Mutation(() => Boolean, { description: 'Follows (or unfollows) a question, sector, place or tag; returns the new state.' })
  setFollowing(
    @CurrentActor() actor: Actor,
    @Args('kind', { type: () => FollowKindEnum }) kind: FollowKind,
    @Args('key') key: string,
    @Args('following', { defaultValue: true }) following: boolean,
  ): Promise<boolean> {
    if (!key || key.length > LIMITS.tagMax * 2) throw HubError.invalid([{ field: 'key', message: 'is not a valid key' }]);
    return this.follows.setFollowing(actor, kind, key, following);
  }

  @Members()
  @Query(() => [FollowModel], { description: 'What the viewer follows.' })
  myFollows(@CurrentActor() actor: Actor) {
    return this.follows.ofUser(actor);
  }
}
