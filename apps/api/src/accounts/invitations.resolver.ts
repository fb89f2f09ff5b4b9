import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Response } from 'express';
import { CurrentActor, Public, Roles } from '../auth/access.decorator';
import type { Actor } from '../auth/actor';
import { AuthSessionModel } from './accounts.models';
import { AcceptInvitationInput } from './dto/accept-invitation.input';
import { InviteMemberInput } from './dto/invite-member.input';
import { InvitationModel, InvitationPreviewModel, IssuedInvitationModel } from './invitation.model';
import { InvitationsService } from './invitations.service';
import { SessionCookie } from './session-cookie';

@Resolver()
export class InvitationsResolver {
  constructor(
    private readonly service: InvitationsService,
    private readonly cookie: SessionCookie,
  ) {}

  @Roles('PLATFORM_ADMIN', 'ORGANISATION_ADMIN')
  @Mutation(() => IssuedInvitationModel, {
    description: 'Invites an e-mail address into an organisation. Organisation admins: own organisation, contributor/analyst/organisation admin roles only.',
  })
  inviteMember(@CurrentActor() actor: Actor, @Args('input') input: InviteMemberInput): Promise<IssuedInvitationModel> {
    return this.service.invite(actor, input);
  }

  @Public()
  @Query(() => InvitationPreviewModel, { description: 'Who is invited where, for the accept page; NOT_FOUND for a link that does not work.' })
  invitationPreview(@Args('token') token: string): Promise<InvitationPreviewModel> {
    return this.service.preview(token);
  }

  @Public()
  @Mutation(() => AuthSessionModel, { description: 'Sets a password with an invitation link and signs in (sets the refresh cookie).' })
  async acceptInvitation(@Args('input') input: AcceptInvitationInput, @Context('res') res: Response): Promise<AuthSessionModel> {
    return this.cookie.issue(await this.service.accept(input), res);
  }

  @Roles('PLATFORM_ADMIN', 'ORGANISATION_ADMIN')
  @Mutation(() => InvitationModel, { description: 'Withdraws an invitation that was not accepted; the e-mail can be invited again.' })
  revokeInvitation(@CurrentActor() actor: Actor, @Args('invitationId', { type: () => ID }) invitationId: string): Promise<InvitationModel> {
    return this.service.revoke(actor, invitationId);
  }

  @Roles('PLATFORM_ADMIN', 'ORGANISATION_ADMIN')
  @Query(() => [InvitationModel], { description: "An organisation's invitations, newest first (its admins and platform admins)." })
  invitations(@CurrentActor() actor: Actor, @Args('organisationId', { type: () => ID }) organisationId: string): Promise<InvitationModel[]> {
    return this.service.list(actor, organisationId);
  }
}
