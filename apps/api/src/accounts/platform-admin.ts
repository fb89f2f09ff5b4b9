import { User } from './accounts.types';
import { OrganisationsRepository } from './organisations.repository';
import { hashPassword } from './password-hasher';
import { UsersRepository } from './users.repository';

export interface PlatformAdminRequest {
  email: string;
  password: string;
  displayName: string;
  organisationName: string;
}

export type PlatformAdminOutcome = { outcome: 'created'; user: User } | { outcome: 'email-taken' };

/**
 * Creates a platform admin (and their organisation, type OTHER, if missing). Shared by the boot-time
 * bootstrap and the CLI. Safe when several run at once: the unique indexes on organisation name and
 * user e-mail decide, and a duplicate counts as done.
 */
export async function createPlatformAdmin(
  repositories: { organisations: OrganisationsRepository; users: UsersRepository },
  request: PlatformAdminRequest,
): Promise<PlatformAdminOutcome> {
  const { organisations, users } = repositories;
  const name = request.organisationName.trim();
  const organisation =
    (await organisations.findByName(name)) ?? (await organisations.insertUnique({ name, type: 'OTHER' })) ?? (await organisations.findByName(name));
  if (!organisation) throw new Error(`could not create or find the organisation "${name}"`);
  const user = await users.insertUnique({
    email: request.email.trim().toLowerCase(),
    displayName: request.displayName.trim(),
    organisationId: organisation.id,
    organisationType: organisation.type,
    roles: ['PLATFORM_ADMIN'],
    status: 'ACTIVE',
    passwordHash: await hashPassword(request.password),
  });
  return user ? { outcome: 'created', user } : { outcome: 'email-taken' };
}
