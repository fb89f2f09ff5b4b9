import { randomBytes } from 'node:crypto';
import { hubUrl } from './browser';

/**
 * Test users made through the API itself, as an administrator would: the API has no seeding hooks.
 * The platform admin is created at boot from HUB_ADMIN_EMAIL / HUB_ADMIN_PASSWORD (see global-setup).
 */
export interface TestUser {
  email: string;
  password: string;
  displayName: string;
  accessToken: string;
}

type Role = 'ANALYST' | 'CONTRIBUTOR' | 'SECTOR_LEAD' | 'MODERATOR' | 'PLATFORM_ADMIN' | 'ORGANISATION_ADMIN';
type OrganisationType = 'UN_AGENCY' | 'INTERNATIONAL_NGO' | 'NATIONAL_NGO';

export async function gql<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const response = await fetch(hubUrl('/graphql'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: Array<{ message: string }> };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

function unique(): string {
  return randomBytes(4).toString('hex');
}

let adminToken: Promise<string> | undefined;

export function signInAsAdmin(): Promise<string> {
  const email = process.env['HUB_E2E_ADMIN_EMAIL'];
  const password = process.env['HUB_E2E_ADMIN_PASSWORD'];
  if (!email || !password) throw new Error('HUB_E2E_ADMIN_EMAIL/PASSWORD are unset: run through the e2e Jest config');
  adminToken ??= gql<{ signIn: { accessToken: string } }>(
    'mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }',
    { input: { email, password } },
  ).then((data) => data.signIn.accessToken);
  return adminToken;
}

export async function createOrganisation(name: string, type: OrganisationType): Promise<string> {
  const token = await signInAsAdmin();
  const data = await gql<{ createOrganisation: { id: string } }>(
    'mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }',
    { input: { name: `${name} ${unique()}`, type } },
    token,
  );
  return data.createOrganisation.id;
}

export interface MakeUserOptions {
  organisationId: string;
  roles: Role[];
  displayName: string;
  leadSectors?: string[];
  sectors?: string[];
}

/** Invites a member and accepts the invitation with its token, as the invitee would. */
export async function makeUser({ organisationId, roles, displayName, leadSectors, sectors }: MakeUserOptions): Promise<TestUser> {
  const token = await signInAsAdmin();
  const email = `user-${unique()}@hub.test`;
  const password = `pw-${randomBytes(10).toString('hex')}`;
  const invited = await gql<{ inviteMember: { invitationUrl: string } }>(
    'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { invitationUrl } }',
    { input: { email, roles, organisationId, leadSectors, sectors, displayName } },
    token,
  );
  const invitationToken = decodeURIComponent(new URL(invited.inviteMember.invitationUrl).pathname.split('/').pop() ?? '');
  const accepted = await gql<{ acceptInvitation: { accessToken: string } }>(
    'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }',
    { input: { token: invitationToken, password, displayName } },
  );
  return { email, password, displayName, accessToken: accepted.acceptInvitation.accessToken };
}

/** An invitation link for the accept page test, not yet used. */
export async function inviteOnly(organisationId: string, displayName: string): Promise<{ email: string; path: string }> {
  const token = await signInAsAdmin();
  const email = `invitee-${unique()}@hub.test`;
  const invited = await gql<{ inviteMember: { invitationUrl: string } }>(
    'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { invitationUrl } }',
    { input: { email, roles: ['CONTRIBUTOR'], organisationId, displayName } },
    token,
  );
  return { email, path: new URL(invited.inviteMember.invitationUrl).pathname };
}

export async function askQuestionAs(user: TestUser, input: Record<string, unknown>): Promise<string> {
  const data = await gql<{ askQuestion: { id: string } }>(
    'mutation($input: AskQuestionInput!) { askQuestion(input: $input) { id } }',
    { input },
    user.accessToken,
  );
  return data.askQuestion.id;
}
