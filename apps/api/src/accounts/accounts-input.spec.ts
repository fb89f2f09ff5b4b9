import { LIMITS } from '@hub/domain';
import { accountOperations, accountsSnapshot, errorCode, ok, tokenOf } from '../testing/account-operations';
import type { SignedInUser } from '../testing/make';
import { makers } from '../testing/make';
import type { GraphQLResponse } from '../testing/test-app';
import { startTestApp, TestApp } from '../testing/test-app';

const UNKNOWN_ID = '0123456789abcdef01234567';
const INJECTION = { $gt: '' };
const long = (length: number) => 'x'.repeat(length);

/**
 * Malformed, oversized, mistyped and operator-injected input: each gets a typed error and leaves
 * every accounts collection exactly as it was.
 */
describe('accounts: bad input changes nothing (over HTTP)', () => {
  let hub: TestApp;
  let ops: ReturnType<typeof accountOperations>;
  let platformAdmin: SignedInUser;
  let orgAdmin: SignedInUser;
  let member: SignedInUser;
  let invitationToken: string;

  beforeAll(async () => {
    hub = await startTestApp();
    ops = accountOperations(hub);
    const make = makers(hub);
    const organisation = await make.organisation();
    platformAdmin = await make.user({ roles: ['PLATFORM_ADMIN'] });
    orgAdmin = await make.user({ roles: ['ORGANISATION_ADMIN'], organisation });
    member = await make.user({ organisation });
    invitationToken = tokenOf(ok(await ops.inviteMember(orgAdmin, { email: 'pending@example.org', roles: ['CONTRIBUTOR'] })).inviteMember.invitationUrl);
  });

  afterAll(async () => {
    await hub.close();
  });

  const cases: Array<[string, string, () => Promise<GraphQLResponse<unknown>>]> = [
    ['invite: oversized e-mail', 'VALIDATION_FAILED', () => ops.inviteMember(orgAdmin, { email: `${long(LIMITS.emailMax)}@example.org`, roles: ['CONTRIBUTOR'] })],
    ['invite: not an e-mail', 'VALIDATION_FAILED', () => ops.inviteMember(orgAdmin, { email: 'someone', roles: ['CONTRIBUTOR'] })],
    ['invite: operator for e-mail', 'VALIDATION_FAILED', () => ops.inviteMember(orgAdmin, { email: INJECTION, roles: ['CONTRIBUTOR'] })],
    ['invite: oversized name', 'VALIDATION_FAILED', () => ops.inviteMember(orgAdmin, { email: 'a@example.org', displayName: long(LIMITS.nameMax + 1), roles: ['CONTRIBUTOR'] })],
    ['invite: blank name', 'VALIDATION_FAILED', () => ops.inviteMember(orgAdmin, { email: 'a@example.org', displayName: '   ', roles: ['CONTRIBUTOR'] })],
    ['invite: unknown role', 'VALIDATION_FAILED', () => ops.inviteMember(orgAdmin, { email: 'a@example.org', roles: ['OWNER'] })],
    ['invite: roles of the wrong type', 'VALIDATION_FAILED', () => ops.inviteMember(orgAdmin, { email: 'a@example.org', roles: 42 })],
    ['invite: no role', 'VALIDATION_FAILED', () => ops.inviteMember(orgAdmin, { email: 'a@example.org', roles: [] })],
    ['invite: blank sector', 'VALIDATION_FAILED', () => ops.inviteMember(orgAdmin, { email: 'a@example.org', roles: ['CONTRIBUTOR'], sectors: [' '] })],
    ['invite: oversized sector', 'VALIDATION_FAILED', () => ops.inviteMember(orgAdmin, { email: 'a@example.org', roles: ['CONTRIBUTOR'], sectors: [long(LIMITS.tagMax + 1)] })],
    [
      'invite: too many sectors',
      'VALIDATION_FAILED',
      () => ops.inviteMember(orgAdmin, { email: 'a@example.org', roles: ['CONTRIBUTOR'], sectors: Array.from({ length: LIMITS.listItemsMax + 1 }, (_, i) => `S${i}`) }),
    ],
    ['invite: operator for organisation', 'VALIDATION_FAILED', () => ops.inviteMember(platformAdmin, { email: 'a@example.org', roles: ['CONTRIBUTOR'], organisationId: INJECTION })],
    ['invite: malformed organisation id', 'VALIDATION_FAILED', () => ops.inviteMember(platformAdmin, { email: 'a@example.org', roles: ['CONTRIBUTOR'], organisationId: 'abc' })],
    ['invite: unknown organisation', 'NOT_FOUND', () => ops.inviteMember(platformAdmin, { email: 'a@example.org', roles: ['CONTRIBUTOR'], organisationId: UNKNOWN_ID })],
    ['invite: unknown field', 'VALIDATION_FAILED', () => ops.inviteMember(orgAdmin, { email: 'a@example.org', roles: ['CONTRIBUTOR'], status: 'ACTIVE' })],
    ['invite: existing e-mail', 'CONFLICT', () => ops.inviteMember(orgAdmin, { email: member.user.email, roles: ['CONTRIBUTOR'] })],
    ['preview: operator for token', 'VALIDATION_FAILED', () => ops.invitationPreview(INJECTION)],
    ['preview: oversized token', 'NOT_FOUND', () => ops.invitationPreview(long(10_000))],
    ['accept: operator for token', 'VALIDATION_FAILED', () => ops.acceptInvitation({ token: INJECTION, password: 'a long enough password' }).then((r) => r.body)],
    ['accept: operator for password', 'VALIDATION_FAILED', () => ops.acceptInvitation({ token: invitationToken, password: INJECTION }).then((r) => r.body)],
    ['accept: oversized password', 'VALIDATION_FAILED', () => ops.acceptInvitation({ token: invitationToken, password: long(LIMITS.passwordMax + 1) }).then((r) => r.body)],
    ['accept: oversized name', 'VALIDATION_FAILED', () => ops.acceptInvitation({ token: invitationToken, password: 'a long enough password', displayName: long(500) }).then((r) => r.body)],
    ['revoke: unknown invitation', 'NOT_FOUND', () => ops.revokeInvitation(orgAdmin, UNKNOWN_ID)],
    ['revoke: operator for id', 'VALIDATION_FAILED', () => ops.revokeInvitation(orgAdmin, INJECTION as unknown as string)],
    ['request reset: operator for e-mail', 'VALIDATION_FAILED', () => ops.requestPasswordReset(INJECTION)],
    ['request reset: oversized e-mail', 'VALIDATION_FAILED', () => ops.requestPasswordReset(`${long(300)}@example.org`)],
    ['reset link: unknown user', 'NOT_FOUND', () => ops.createPasswordResetLink(platformAdmin, UNKNOWN_ID)],
    ['reset link: malformed user id', 'NOT_FOUND', () => ops.createPasswordResetLink(platformAdmin, '{"$gt": ""}')],
    ['reset: operator for token', 'VALIDATION_FAILED', () => ops.resetPassword({ token: INJECTION, newPassword: 'a long enough password' })],
    ['reset: oversized token', 'VALIDATION_FAILED', () => ops.resetPassword({ token: long(101), newPassword: 'a long enough password' })],
    ['reset: operator for password', 'VALIDATION_FAILED', () => ops.resetPassword({ token: long(43), newPassword: INJECTION })],
    ['create organisation: oversized name', 'VALIDATION_FAILED', () => ops.createOrganisation(platformAdmin, { name: long(LIMITS.nameMax + 1), type: 'OTHER' })],
    ['create organisation: unknown type', 'VALIDATION_FAILED', () => ops.createOrganisation(platformAdmin, { name: 'Bank', type: 'BANK' })],
    ['create organisation: operator for name', 'VALIDATION_FAILED', () => ops.createOrganisation(platformAdmin, { name: { $ne: null }, type: 'OTHER' })],
    ['update organisation: unknown id', 'NOT_FOUND', () => ops.updateOrganisation(platformAdmin, { id: UNKNOWN_ID, name: 'Ghost' })],
    ['update organisation: malformed id', 'VALIDATION_FAILED', () => ops.updateOrganisation(platformAdmin, { id: 'x', name: 'Ghost' })],
    ['update organisation: oversized acronym', 'VALIDATION_FAILED', () => ops.updateOrganisation(platformAdmin, { id: orgAdmin.user.organisationId, acronym: long(31) })],
    ['organisation: operator for id', 'VALIDATION_FAILED', () => ops.organisation(member, INJECTION)],
    ['members: page too large', 'VALIDATION_FAILED', () => ops.organisationMembers(orgAdmin, { organisationId: orgAdmin.user.organisationId, first: 1000 })],
    ['members: forged cursor', 'VALIDATION_FAILED', () => ops.organisationMembers(orgAdmin, { organisationId: orgAdmin.user.organisationId, after: 'garbage' })],
    ['members: operator for organisation', 'VALIDATION_FAILED', () => ops.organisationMembers(orgAdmin, { organisationId: INJECTION })],
    ['set roles: unknown user', 'NOT_FOUND', () => ops.setMemberRoles(platformAdmin, { userId: UNKNOWN_ID, roles: ['ANALYST'] })],
    ['set roles: operator in a string', 'VALIDATION_FAILED', () => ops.setMemberRoles(platformAdmin, { userId: '{"$gt": ""}', roles: ['ANALYST'] })],
    ['set roles: operator for roles', 'VALIDATION_FAILED', () => ops.setMemberRoles(platformAdmin, { userId: member.user.id, roles: INJECTION })],
    ['deactivate: unknown user', 'NOT_FOUND', () => ops.deactivateMember(platformAdmin, UNKNOWN_ID)],
    ['deactivate: operator for id', 'VALIDATION_FAILED', () => ops.deactivateMember(platformAdmin, INJECTION)],
    ['profile: oversized name', 'VALIDATION_FAILED', () => ops.updateProfile(member, { displayName: long(LIMITS.nameMax + 1) })],
    ['profile: unknown language', 'VALIDATION_FAILED', () => ops.updateProfile(member, { language: 'de' })],
    ['profile: empty sector', 'VALIDATION_FAILED', () => ops.updateProfile(member, { sectors: [''] })],
    ['profile: operator for sectors', 'VALIDATION_FAILED', () => ops.updateProfile(member, { sectors: INJECTION })],
  ];

  it.each(cases)('%s → %s, nothing stored', async (_name, code, run) => {
    const before = await accountsSnapshot(hub);
    const response = await run();
    expect(errorCode(response)).toBe(code);
    expect(response.data ?? null).toBeNull();
    expect(await accountsSnapshot(hub)).toBe(before);
  });
});
