import { Injectable } from '@nestjs/common';
import { SessionsRepository } from '../accounts/sessions.repository';
import { UsersRepository } from '../accounts/users.repository';
import { AuditLogService } from '../audit/audit-log.service';
import { Actor, hasRole } from '../auth/actor';
import { HubError } from '../common/hub-error';

/**
 * Erasure on request (DOMAIN.md, retention and erasure): the user's personal fields go, their
 * sessions end, and their contributions stay, attributed to "former member of <organisation type>".
 */
@Injectable()
export class ErasureService {
  constructor(
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
    private readonly audit: AuditLogService,
  ) {}

  async erase(actor: Actor, userId: string): Promise<boolean> {
    const self = actor.userId === userId;
    if (!self && !hasRole(actor, 'PLATFORM_ADMIN')) throw HubError.forbidden('Only platform admins can erase someone else’s account.');
    const user = await this.users.findById(userId);
    if (!user || user.status === 'ERASED') throw HubError.notFound('The member');
    if (user.status === 'ACTIVE' && user.roles.includes('PLATFORM_ADMIN') && (await this.users.countActivePlatformAdmins()) <= 1) {
      throw HubError.conflict('This is the last platform admin: make someone else a platform admin first.');
    }
    if (!(await this.users.erase(userId))) throw HubError.notFound('The member');
    await this.sessions.revokeAllForUser(userId);
    await this.audit.record({ actorId: actor.userId, action: 'USER_ERASED', targetType: 'USER', targetId: userId, details: { self, organisationType: user.organisationType } });
    return true;
  }
}
