import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createSecretKey } from 'node:crypto';
import { APP_CONFIG, AppConfig } from '../config/app-config';

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;

interface AccessTokenClaims {
  sub: string;
  sid: string;
}

/** Short-lived signed access tokens; the refresh token (in a cookie) is what lasts. */
@Injectable()
export class AccessTokenService {
  private readonly jwt: JwtService;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    // A key object made once: given a string, jsonwebtoken tries (and fails) to parse a public key on every verify.
    this.jwt = new JwtService({ secret: createSecretKey(Buffer.from(config.jwtSecret, 'utf8')), signOptions: { algorithm: 'HS256', expiresIn: ACCESS_TOKEN_TTL_SECONDS } });
  }

  sign(userId: string, sessionId: string): { token: string; expiresAt: Date } {
    const token = this.jwt.sign({ sub: userId, sid: sessionId } satisfies AccessTokenClaims);
    return { token, expiresAt: new Date(Date.now() + ACCESS_TOKEN_TTL_SECONDS * 1000) };
  }

  /** The claims of a valid token, or null for anything expired, forged or malformed. */
  verify(token: string): AccessTokenClaims | null {
    try {
      const claims = this.jwt.verify<AccessTokenClaims>(token, { algorithms: ['HS256'] });
      return typeof claims.sub === 'string' && typeof claims.sid === 'string' ? claims : null;
    } catch {
      return null;
    }
  }
}
