import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, Members, Roles } from '../auth/access.decorator';
import type { Actor } from '../auth/actor';
import { Connection } from '../common/connection';
import { toViewer, ViewerModel } from './accounts.models';
import { User } from './accounts.types';
import { OrganisationMembersArgs, SearchMembersArgs, SetMemberRolesInput, UpdateProfileInput } from './dto/member.inputs';
import { MemberConnection, MemberModel } from './member.model';
import { MembersService } from './members.service';

@Resolver(() => MemberModel)
export class MembersResolver {
  constructor(private readonly members: MembersService) {}

  @Members()
  @Query(() => MemberConnection, {
    description: "An organisation's members (its own members, moderators and platform admins). Its admins also see invited and deactivated ones.",
  })
  organisationMembers(@CurrentActor() actor: Actor, @Args() args: OrganisationMembersArgs): Promise<Connection<User>> {
    return this.members.members(actor, args);
  }

  @Roles('PLATFORM_ADMIN')
  @Query(() => MemberConnection, {
    name: 'members',
    description: 'Members of every organisation by name, filtered by name or e-mail, organisation and state (platform admins).',
  })
  searchMembers(@CurrentActor() actor: Actor, @Args() args: SearchMembersArgs): Promise<Connection<User>> {
    return this.members.search(actor, args);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: "Shown to the organisation's admins, moderators, platform admins and the member themself; null for others.",
  })
  email(@Parent() member: User, @CurrentActor() actor: Actor | null): string | null {
    return this.members.canSeeEmail(actor, member) ? member.email : null;
  }

  @Roles('PLATFORM_ADMIN', 'ORGANISATION_ADMIN')
  @Mutation(() => MemberModel, { description: 'Replaces a member\'s roles. Nobody may remove the last platform admin.' })
  setMemberRoles(@CurrentActor() actor: Actor, @Args('input') input: SetMemberRolesInput): Promise<User> {
    return this.members.setRoles(actor, input);
  }

  @Roles('PLATFORM_ADMIN', 'ORGANISATION_ADMIN')
  @Mutation(() => MemberModel, { description: 'Stops a member signing in and ends their sessions; their contributions stay.' })
  deactivateMember(@CurrentActor() actor: Actor, @Args('userId', { type: () => ID }) userId: string): Promise<User> {
    return this.members.deactivate(actor, userId);
  }

  @Roles('PLATFORM_ADMIN', 'ORGANISATION_ADMIN')
  @Mutation(() => MemberModel, { description: 'Lets a deactivated member sign in again.' })
  reactivateMember(@CurrentActor() actor: Actor, @Args('userId', { type: () => ID }) userId: string): Promise<User> {
    return this.members.reactivate(actor, userId);
  }

  @Members()
  @Mutation(() => ViewerModel, { description: 'Changes your own display name, language or sectors.' })
  async updateProfile(@CurrentActor() actor: Actor, @Args('input') input: UpdateProfileInput): Promise<ViewerModel> {
    return toViewer(await this.members.updateProfile(actor, input));
  }
}
