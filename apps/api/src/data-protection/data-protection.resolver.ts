import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { UserSummaryModel } from '../accounts/accounts.models';
import type { User } from '../accounts/accounts.types';
import { CurrentActor, Members } from '../auth/access.decorator';
import type { Actor } from '../auth/actor';
import { ErasureService } from './erasure.service';
import { PersonalDataExportService } from './personal-data-export.service';

@Resolver()
export class DataProtectionResolver {
  constructor(
    private readonly erasure: ErasureService,
    private readonly personalData: PersonalDataExportService,
  ) {}

  @Members()
  @Mutation(() => Boolean, { description: 'Erases a user’s personal data (platform admins, or the user themself); their contributions stay, attributed to a former member.' })
  eraseUser(@CurrentActor() actor: Actor, @Args('userId', { type: () => ID }) userId: string): Promise<boolean> {
    return this.erasure.erase(actor, userId);
  }

  @Members()
  @Query(() => String, { description: 'All of the viewer’s own data (profile, organisation, questions, contributions, comments, follows, votes) as a JSON document.' })
  myData(@CurrentActor() actor: Actor): Promise<string> {
    return this.personalData.export(actor);
  }
}

@Resolver(() => UserSummaryModel)
export class UserSummaryFormerResolver {
  @ResolveField(() => Boolean, { description: 'The account was erased: show "former member of <organisationType>" (displayName is a placeholder).' })
  former(@Parent() user: Partial<Pick<User, 'status'>>): boolean {
    return user.status === 'ERASED';
  }
}
