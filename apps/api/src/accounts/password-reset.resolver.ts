import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, Public, Roles } from '../auth/access.decorator';
import type { Actor } from '../auth/actor';
import { RequestPasswordResetInput, ResetPasswordInput } from './dto/password-reset.inputs';
import { PasswordResetLinkModel } from './password-reset.model';
import { PasswordResetService } from './password-reset.service';

@Resolver()
export class PasswordResetResolver {
  constructor(private readonly resets: PasswordResetService) {}

  @Public()
  @Mutation(() => Boolean, { description: 'Sends a reset link if the address has an account; always true, whether it has or not.' })
  requestPasswordReset(@Args('input') input: RequestPasswordResetInput): boolean {
    return this.resets.request(input.email);
  }

  @Roles('PLATFORM_ADMIN', 'ORGANISATION_ADMIN')
  @Mutation(() => PasswordResetLinkModel, {
    description: "A one-time reset link to pass on to a member (organisation admins: their own organisation's members).",
  })
  createPasswordResetLink(@CurrentActor() actor: Actor, @Args('userId', { type: () => ID }) userId: string): Promise<PasswordResetLinkModel> {
    return this.resets.createLink(actor, userId);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Sets a new password with a reset link; signs the user out everywhere.' })
  resetPassword(@Args('input') input: ResetPasswordInput): Promise<boolean> {
    return this.resets.reset(input.token, input.newPassword);
  }
}
