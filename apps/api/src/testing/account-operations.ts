import type { GraphQLResponse, TestApp } from './test-app';
import type { SignedInUser } from './make';

/** One helper per accounts operation, so API tests read like user stories. */
export const MEMBER_FIELDS = 'id displayName email organisationId roles leadSectors sectors status';
const INVITATION_FIELDS = 'id email displayName roles organisationId status expiresAt';

export interface RawResponse<TData> {
  response: Response;
  body: GraphQLResponse<TData>;
}

/** A GraphQL POST that also returns the HTTP response (for its cookies). */
export async function postGraphQL<TData = Record<string, unknown>>(
  hub: TestApp,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<RawResponse<TData>> {
  const response = await fetch(`${hub.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { response, body: (await response.json()) as GraphQLResponse<TData> };
}

export function errorCode(response: GraphQLResponse<unknown>): unknown {
  return response.errors?.[0]?.extensions?.['code'];
}

export function refreshCookieOf(response: Response): string | null {
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('hub_refresh='));
  return cookie ? cookie.split(';')[0] : null;
}

/** The last path segment of an invitation or reset link. */
export const tokenOf = (url: string) => new URL(url).pathname.split('/').at(-1) ?? '';

export interface MemberView {
  id: string;
  displayName: string;
  email: string | null;
  organisationId: string;
  roles: string[];
  leadSectors: string[];
  sectors: string[];
  status: string;
}

export interface InvitationView {
  id: string;
  email: string | null;
  displayName: string | null;
  roles: string[];
  organisationId: string;
  status: string;
  expiresAt: string;
}

export interface AuthSessionView {
  accessToken: string;
  viewer: { id: string; email: string; displayName: string; roles: string[]; organisationId: string };
}

export function accountOperations(hub: TestApp) {
  return {
    inviteMember: (as: SignedInUser, input: Record<string, unknown>) =>
      as.gql<{ inviteMember: { invitationUrl: string; invitation: InvitationView } }>(
        `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { invitationUrl invitation { ${INVITATION_FIELDS} } } }`,
        { input },
      ),
    invitationPreview: (token: unknown) =>
      hub.gql<{ invitationPreview: { email: string; displayName: string; organisationName: string; expiresAt: string } }>(
        `query($token: String!) { invitationPreview(token: $token) { email displayName organisationName expiresAt } }`,
        { token },
      ),
    acceptInvitation: (input: Record<string, unknown>) =>
      postGraphQL<{ acceptInvitation: AuthSessionView }>(
        hub,
        `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken viewer { id email displayName roles organisationId } } }`,
        { input },
      ),
    revokeInvitation: (as: SignedInUser, invitationId: string) =>
      as.gql<{ revokeInvitation: InvitationView }>(`mutation($id: ID!) { revokeInvitation(invitationId: $id) { ${INVITATION_FIELDS} } }`, {
        id: invitationId,
      }),
    invitations: (as: SignedInUser, organisationId: string) =>
      as.gql<{ invitations: InvitationView[] }>(`query($id: ID!) { invitations(organisationId: $id) { ${INVITATION_FIELDS} } }`, {
        id: organisationId,
      }),
    signIn: (email: string, password: string) =>
      postGraphQL<{ signIn: AuthSessionView }>(
        hub,
        `mutation($input: SignInInput!) { signIn(input: $input) { accessToken viewer { id email displayName roles organisationId } } }`,
        { input: { email, password } },
      ),
    refresh: (cookie: string) => postGraphQL<{ refreshSession: { accessToken: string } }>(hub, `mutation { refreshSession { accessToken } }`, {}, { cookie }),
    viewerWith: (accessToken: string) =>
      hub.gql<{ viewer: { id: string; roles: string[]; displayName: string; language: string; sectors: string[] } | null }>(
        `{ viewer { id roles displayName language sectors } }`,
        {},
        { authorization: `Bearer ${accessToken}` },
      ),
    requestPasswordReset: (email: unknown) =>
      hub.gql<{ requestPasswordReset: boolean }>(`mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }`, {
        input: { email },
      }),
    createPasswordResetLink: (as: SignedInUser, userId: string) =>
      as.gql<{ createPasswordResetLink: { resetUrl: string; expiresAt: string } }>(
        `mutation($id: ID!) { createPasswordResetLink(userId: $id) { resetUrl expiresAt } }`,
        { id: userId },
      ),
    resetPassword: (input: Record<string, unknown>) =>
      hub.gql<{ resetPassword: boolean }>(`mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }`, { input }),
    organisations: (as: SignedInUser) => as.gql<{ organisations: Array<{ id: string; name: string; type: string }> }>(`{ organisations { id name type } }`),
    organisation: (as: SignedInUser, id: unknown) =>
      as.gql<{ organisation: { id: string; name: string; acronym: string | null; type: string } }>(
        `query($id: ID!) { organisation(id: $id) { id name acronym type } }`,
        { id },
      ),
    createOrganisation: (as: SignedInUser, input: Record<string, unknown>) =>
      as.gql<{ createOrganisation: { id: string; name: string; acronym: string | null; type: string } }>(
        `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id name acronym type } }`,
        { input },
      ),
    updateOrganisation: (as: SignedInUser, input: Record<string, unknown>) =>
      as.gql<{ updateOrganisation: { id: string; name: string; acronym: string | null; type: string } }>(
        `mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id name acronym type } }`,
        { input },
      ),
    organisationMembers: (as: SignedInUser, variables: Record<string, unknown>) =>
      as.gql<{
        organisationMembers: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: MemberView }> };
      }>(
        `query($organisationId: ID!, $first: Int, $after: String) {
          organisationMembers(organisationId: $organisationId, first: $first, after: $after) {
            totalCount pageInfo { hasNextPage endCursor } edges { node { ${MEMBER_FIELDS} } }
          }
        }`,
        variables,
      ),
    setMemberRoles: (as: SignedInUser, input: Record<string, unknown>) =>
      as.gql<{ setMemberRoles: MemberView }>(`mutation($input: SetMemberRolesInput!) { setMemberRoles(input: $input) { ${MEMBER_FIELDS} } }`, { input }),
    deactivateMember: (as: SignedInUser, userId: unknown) =>
      as.gql<{ deactivateMember: MemberView }>(`mutation($id: ID!) { deactivateMember(userId: $id) { ${MEMBER_FIELDS} } }`, { id: userId }),
    reactivateMember: (as: SignedInUser, userId: unknown) =>
      as.gql<{ reactivateMember: MemberView }>(`mutation($id: ID!) { reactivateMember(userId: $id) { ${MEMBER_FIELDS} } }`, { id: userId }),
    updateProfile: (as: SignedInUser, input: Record<string, unknown>) =>
      as.gql<{ updateProfile: { displayName: string; language: string; sectors: string[] } }>(
        `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { displayName language sectors } }`,
        { input },
      ),
    changePassword: (as: SignedInUser, input: Record<string, unknown>) =>
      as.gql<{ changePassword: boolean }>(`mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`, { input }),
    signOutEverywhere: (as: SignedInUser) => as.gql<{ signOutEverywhere: boolean }>(`mutation { signOutEverywhere }`),
    members: (as: SignedInUser, variables: Record<string, unknown> = {}) =>
      as.gql<{
        members: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: MemberView }> };
      }>(
        `query($query: String, $organisationId: ID, $status: MemberStatus, $first: Int, $after: String) {
          members(query: $query, organisationId: $organisationId, status: $status, first: $first, after: $after) {
            totalCount pageInfo { hasNextPage endCursor } edges { node { ${MEMBER_FIELDS} } }
          }
        }`,
        variables,
      ),
  };
}

export type AccountOperations = ReturnType<typeof accountOperations>;

/** Every accounts collection, as stored: for checking that a refused request changed nothing. */
export async function accountsSnapshot(hub: TestApp): Promise<string> {
  const db = hub.connection.db;
  if (!db) throw new Error('not connected');
  const collections = ['organisations', 'users', 'sessions', 'invitations', 'password_resets', 'token_claims'];
  const contents = await Promise.all(collections.map((name) => db.collection(name).find().sort({ _id: 1 }).toArray()));
  return JSON.stringify(contents);
}

/** The data of a response that must have succeeded; fails the test with the errors otherwise. */
export function ok<TData>(response: GraphQLResponse<TData>): TData {
  if (response.errors || !response.data) throw new Error(`expected success, got ${JSON.stringify(response.errors)}`);
  return response.data;
}

/** The raw database of a test app, for checks of what is stored. */
export function databaseOf(hub: TestApp): NonNullable<TestApp['connection']['db']> {
  const db = hub.connection.db;
  if (!db) throw new Error('not connected');
  return db;
}
