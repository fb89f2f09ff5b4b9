import { randomBytes } from 'node:crypto';
import type { OrganisationType, Role } from '@hub/domain';
import { AccountsService } from '../accounts/accounts.service';
import { Organisation, User } from '../accounts/accounts.types';
import { OrganisationsRepository } from '../accounts/organisations.repository';
import { hashPassword } from '../accounts/password-hasher';
import { UsersRepository } from '../accounts/users.repository';
import type { GraphQLResponse, TestApp } from './test-app';

export const TEST_PASSWORD = 'correct horse battery staple';
let testPasswordHash: Promise<string> | undefined;

export interface SignedInUser {
  user: User;
  token: string;
  /** Runs a GraphQL operation as this user. */
  gql<TData = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<TData>>;
}

const unique = () => randomBytes(4).toString('hex');

/** One-line factories for what a test needs: `await make.user({ roles: ['SECTOR_LEAD'] })`. */
export function makers(hub: TestApp) {
  const organisations = hub.app.get(OrganisationsRepository);
  const users = hub.app.get(UsersRepository);
  const accounts = hub.app.get(AccountsService);

  async function organisation(overrides: { name?: string; type?: OrganisationType } = {}): Promise<Organisation> {
    return organisations.create({ name: overrides.name ?? `Org ${unique()}`, type: overrides.type ?? 'NATIONAL_NGO' });
  }

  async function user(
    overrides: {
      roles?: Role[];
      organisation?: Organisation;
      leadSectors?: string[];
      sectors?: string[];
      email?: string;
      displayName?: string;
    } = {},
  ): Promise<SignedInUser> {
    const org = overrides.organisation ?? (await organisation());
    testPasswordHash ??= hashPassword(TEST_PASSWORD);
    const created = await users.create({
      email: overrides.email ?? `user-${unique()}@example.org`,
      displayName: overrides.displayName ?? `User ${unique()}`,
      organisationId: org.id,
      organisationType: org.type,
      roles: overrides.roles ?? ['CONTRIBUTOR'],
      leadSectors: overrides.leadSectors ?? [],
      sectors: overrides.sectors ?? [],
      status: 'ACTIVE',
      passwordHash: await testPasswordHash,
    });
    const session = await accounts.openSession(created);
    return {
      user: created,
      token: session.accessToken,
      gql: (query, variables) => hub.gql(query, variables, { authorization: `Bearer ${session.accessToken}` }),
    };
  }

  /** A further session for an existing user (e.g. to sign it out without ending the test's own). */
  async function sessionFor(existing: User): Promise<SignedInUser> {
    const session = await accounts.openSession(existing);
    return {
      user: existing,
      token: session.accessToken,
      gql: (query, variables) => hub.gql(query, variables, { authorization: `Bearer ${session.accessToken}` }),
    };
  }

  return { organisation, user, sessionFor };
}
