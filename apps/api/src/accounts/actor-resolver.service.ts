import { Injectable } from '@nestjs/common';
import { Actor } from '../auth/actor';
import { HubError } from '../common/hub-error';
import { AccessTokenService } from './access-token.service';
import { SessionsRepository } from './sessions.repository';
import { UsersRepository } from './users.repository';

/** Turns a bearer token into the acting user, checking the session is still live. */
@Injectable()
export class ActorResolver {
  constructor(
    private readonly tokens: AccessTokenService,
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
  ) {}

  async fromAuthorizationHeader(header: string | undefined): Promise<Actor | null> {
    if (!header) return null;
    const match = /^Bearer ([A-Za-z0-9._-]{1,2048})$/.exec(header);
    const claims = match ? this.tokens.verify(match[1]) : null;
    if (!claims) throw HubError.unauthenticated('Your session has expired or is not valid. Sign in again.');
    const [user, session] = await Promise.all([this.users.findById(claims.sub), this.sessions.findById(claims.sid)]);
    if (!user || user.status !== 'ACTIVE' || !session || session.revokedAt || session.userId !== user.id) {
      throw HubError.unauthenticated('Your session has ended. Sign in again.');
    }
    return {
      userId: user.id,
      sessionId: session.id,
      organisationId: user.organisationId,
      organisationType: user.organisationType,
      roles: user.roles,
      leadSectors: user.leadSectors,
      sectors: user.sectors,
    };
  }
}
