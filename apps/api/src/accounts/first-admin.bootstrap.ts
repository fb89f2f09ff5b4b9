import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { OrganisationsRepository } from './organisations.repository';
import { createPlatformAdmin } from './platform-admin';
import { UsersRepository } from './users.repository';

export const FIRST_ADMIN_DISPLAY_NAME = 'Platform admin';

/** At boot, when no platform admin exists and HUB_ADMIN_EMAIL + HUB_ADMIN_PASSWORD are set, creates one. */
@Injectable()
export class FirstAdminBootstrap implements OnApplicationBootstrap {
  private readonly logger = new Logger(FirstAdminBootstrap.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly organisations: OrganisationsRepository,
    private readonly users: UsersRepository,
  ) {}

  // Runs after every repository's onModuleInit, so the unique e-mail index exists before the insert.
  async onApplicationBootstrap(): Promise<void> {
    const first = this.config.firstAdmin;
    if (!first || (await this.users.countActivePlatformAdmins()) > 0) return;
    const result = await createPlatformAdmin(
      { organisations: this.organisations, users: this.users },
      { email: first.email, password: first.password, displayName: FIRST_ADMIN_DISPLAY_NAME, organisationName: this.config.adminOrganisation },
    );
    if (result.outcome === 'created') {
      this.logger.log('created the first platform admin from HUB_ADMIN_EMAIL; you can now unset HUB_ADMIN_PASSWORD');
    } else if (!(await this.users.findByEmail(first.email))?.roles.includes('PLATFORM_ADMIN')) {
      // Never promote an existing account silently: that would hand it the whole platform.
      this.logger.warn('HUB_ADMIN_EMAIL belongs to an existing account that is not a platform admin; it was left unchanged');
    }
  }
}
