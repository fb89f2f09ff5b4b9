import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { CurrentActor, Members, Public } from '../auth/access.decorator';
import type { Actor } from '../auth/actor';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { AccountsService, IssuedSession } from './accounts.service';
import { AuthSessionModel, ViewerModel } from './accounts.models';
import { User } from './accounts.types';
import { SignInInput } from './dto/sign-in.input';
import { REFRESH_COOKIE, REFRESH_TTL_MS } from './refresh-token';

export function toViewer(user: User): ViewerModel {
  return { ...user, email: user.email ?? '' };
}

@Resolver()
export class AccountsResolver {
  constructor(
    private readonly accounts: AccountsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Mutation(() => AuthSessionModel, { description: 'Signs in with e-mail and password; sets the refresh cookie.' })
  async signIn(@Args('input') input: SignInInput, @Context('res') res: Response): Promise<AuthSessionModel> {
    return this.respond(await this.accounts.signIn(input.email, input.password), res);
  }

  @Public()
  @Mutation(() => AuthSessionModel, { description: 'Exchanges the refresh cookie for a new access token (and rotates the cookie).' })
  async refreshSession(@Context('req') req: Request, @Context('res') res: Response): Promise<AuthSessionModel> {
    const cookies = (req as Request & { cookies?: Record<string, string> }).cookies ?? {};
    return this.respond(await this.accounts.refresh(cookies[REFRESH_COOKIE]), res);
  }

  @Members()
  @Mutation(() => Boolean, { description: 'Ends this session: its tokens stop working at once.' })
  async signOut(@CurrentActor() actor: Actor, @Context('res') res: Response): Promise<boolean> {
    await this.accounts.signOut(actor.sessionId);
    res.clearCookie(REFRESH_COOKIE, { path: '/graphql' });
    return true;
  }

  @Public()
  @Query(() => ViewerModel, { nullable: true, description: 'The signed-in user, or null.' })
  async viewer(@CurrentActor() actor: Actor | null): Promise<ViewerModel | null> {
    return actor ? toViewer(await this.accounts.viewer(actor.userId)) : null;
  }

  private respond(session: IssuedSession, res: Response): AuthSessionModel {
    res.cookie(REFRESH_COOKIE, session.refreshToken, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.env === 'production',
      path: '/graphql',
      maxAge: REFRESH_TTL_MS,
    });
    return { accessToken: session.accessToken, expiresAt: session.expiresAt, viewer: toViewer(session.user) };
  }
}
