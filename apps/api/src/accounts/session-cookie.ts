import { Inject, Injectable } from '@nestjs/common';
import { SESSION_HINT_COOKIE } from '@hub/domain';
import type { Response } from 'express';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import type { IssuedSession } from './accounts.service';
import { AuthSessionModel, toViewer } from './accounts.models';
import { REFRESH_COOKIE, REFRESH_TTL_MS } from './refresh-token';

/** The one place the refresh cookie is written: every way of signing in answers the same. */
@Injectable()
export class SessionCookie {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Sets the httpOnly refresh cookie and returns what the client may see. */
  issue(session: IssuedSession, res: Response): AuthSessionModel {
    res.cookie(REFRESH_COOKIE, session.refreshToken, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.env === 'production',
      path: '/graphql',
      maxAge: REFRESH_TTL_MS,
    });
    res.cookie(SESSION_HINT_COOKIE, '1', { httpOnly: false, sameSite: 'strict', secure: this.config.env === 'production', path: '/', maxAge: REFRESH_TTL_MS });
    return { accessToken: session.accessToken, expiresAt: session.expiresAt, viewer: toViewer(session.user) };
  }

  clear(res: Response): void {
    res.clearCookie(REFRESH_COOKIE, { path: '/graphql' });
    res.clearCookie(SESSION_HINT_COOKIE, { path: '/' });
  }
}
