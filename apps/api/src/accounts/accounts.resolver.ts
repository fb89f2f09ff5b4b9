import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { CurrentActor, Members, Public } from '../auth/access.decorator';
import type { Actor } from '../auth/actor';
import { AccountsService } from './accounts.service';
import { AuthSessionModel, toViewer, ViewerModel } from './accounts.models';
import { ChangePasswordInput } from './dto/password-reset.inputs';
import { SignInInput } from './dto/sign-in.input';
import { REFRESH_COOKIE } from './refresh-token';
import { SessionCookie } from './session-cookie';

@Resolver()
export class AccountsResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly cookie: SessionCookie,
  ) {}

  @Public()
  @Mutation(() => AuthSessionModel, { description: 'Signs in with e-mail and password; sets the refresh cookie.' })
  async signIn(@Args('input') input: SignInInput, @Context('res') res: Response): Promise<AuthSessionModel> {
    return this.cookie.issue(await this.accounts.signIn(input.email, input.password), res);
  }

  @Public()
  @Mutation(() => AuthSessionModel, { description: 'Exchanges the refresh cookie for a new access token (and rotates the cookie).' })
  async refreshSession(@Context('req') req: Request, @Context('res') res: Response): Promise<AuthSessionModel> {
    const cookies = (req as Request & { cookies?: Record<string, string> }).cookies ?? {};
    try {
      return this.cookie.issue(await this.accounts.refresh(cookies[REFRESH_COOKIE]), res);
    } catch (error) {
      // No session to restore: the web app need not ask again on its next visit.
      this.cookie.clear(res);
      throw error;
    }
  }

  @Members()
  @Mutation(() => Boolean, { description: 'Ends this session: its tokens stop working at once.' })
  async signOut(@CurrentActor() actor: Actor, @Context('res') res: Response): Promise<boolean> {
    await this.accounts.signOut(actor.sessionId);
    this.cookie.clear(res);
    return true;
  }

  @Members()
  @Mutation(() => Boolean, { description: 'Ends every session of this account, on every device, this one included.' })
  async signOutEverywhere(@CurrentActor() actor: Actor, @Context('res') res: Response): Promise<boolean> {
    await this.accounts.signOutEverywhere(actor.userId);
    this.cookie.clear(res);
    return true;
  }

  @Members()
  @Mutation(() => Boolean, {
    description: 'Sets a new password, given the current one (rate-limited like sign-in); other sessions end, this one stays.',
  })
  async changePassword(@CurrentActor() actor: Actor, @Args('input') input: ChangePasswordInput): Promise<boolean> {
    await this.accounts.changePassword(actor, input.currentPassword, input.newPassword);
    return true;
  }

  @Public()
  @Query(() => ViewerModel, { nullable: true, description: 'The signed-in user, or null.' })
  async viewer(@CurrentActor() actor: Actor | null): Promise<ViewerModel | null> {
    return actor ? toViewer(await this.accounts.viewer(actor.userId)) : null;
  }
}
