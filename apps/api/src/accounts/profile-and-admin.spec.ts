import { AuditRepository } from '../audit/audit.repository';
import { accountOperations, accountsSnapshot, errorCode, MemberView, ok } from '../testing/account-operations';
import { makers, TEST_PASSWORD } from '../testing/make';
import { startTestApp, TestApp } from '../testing/test-app';
import { LOCK_AFTER } from './accounts.service';

const NEW_PASSWORD = 'a longer new sentence for a password';

describe('accounts: changing one’s password, signing out everywhere, the admins’ member list (over HTTP)', () => {
  let hub: TestApp;
  let make: ReturnType<typeof makers>;
  let ops: ReturnType<typeof accountOperations>;

  beforeAll(async () => {
    hub = await startTestApp();
    make = makers(hub);
    ops = accountOperations(hub);
  });

  afterAll(async () => {
    await hub.close();
  });

  const auditActions = async (userId: string) =>
    (await hub.app.get(AuditRepository).list({ targetId: userId }, 50)).map((entry) => [entry.action, entry.details['reason'] ?? null]);
  const names = (response: Awaited<ReturnType<typeof ops.members>>): string[] =>
    ok(response).members.edges.map((edge: { node: MemberView }) => edge.node.displayName);

  it('changes the password given the current one: other sessions end, this one stays, the audit log says so', async () => {
    const member = await make.user();
    const otherDevice = await make.sessionFor(member.user);
    expect(ok(await ops.changePassword(member, { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD })).changePassword).toBe(true);

    expect(ok(await ops.viewerWith(member.token)).viewer?.id).toBe(member.user.id);
    expect(errorCode(await otherDevice.gql('{ viewer { id } }'))).toBe('UNAUTHENTICATED');
    expect(ok(await ops.signIn(member.user.email ?? '', NEW_PASSWORD).then((r) => r.body)).signIn.viewer.id).toBe(member.user.id);
    expect(errorCode((await ops.signIn(member.user.email ?? '', TEST_PASSWORD)).body)).toBe('UNAUTHENTICATED');
    expect(await auditActions(member.user.id)).toContainEqual(['PASSWORD_CHANGED', null]);
  });

  it('refuses a wrong current password, a short or unchanged new one, and anonymous callers, changing nothing', async () => {
    const member = await make.user();
    const before = await accountsSnapshot(hub);
    const wrong = await ops.changePassword(member, { currentPassword: 'not my password at all', newPassword: NEW_PASSWORD });
    expect(errorCode(wrong)).toBe('VALIDATION_FAILED');
    expect(wrong.errors?.[0]?.extensions?.['fields']).toEqual([{ field: 'input.currentPassword', message: 'is not your current password' }]);
    const short = await ops.changePassword(member, { currentPassword: TEST_PASSWORD, newPassword: 'short' });
    expect(short.errors?.[0]?.extensions?.['fields']).toEqual([expect.objectContaining({ field: 'input.newPassword' })]);
    expect(errorCode(await ops.changePassword(member, { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD }))).toBe('VALIDATION_FAILED');
    expect(
      errorCode(await hub.gql(`mutation { changePassword(input: { currentPassword: "${TEST_PASSWORD}", newPassword: "${NEW_PASSWORD}" }) }`)),
    ).toBe('UNAUTHENTICATED');
    // Only the failed-attempt counter (the sign-in lockout's) and its timestamp moved.
    const counterless = (snapshot: string) => snapshot.replace(/"failedSignIns":\d+,?|"updatedAt":"[^"]+",?/g, '');
    expect(counterless(await accountsSnapshot(hub))).toBe(counterless(before));
    expect(await auditActions(member.user.id)).toContainEqual(['SIGN_IN_FAILED', 'WRONG_CURRENT_PASSWORD']);
  });

  it('locks the account after as many wrong current passwords as sign-in allows', async () => {
    const member = await make.user();
    for (let attempt = 0; attempt < LOCK_AFTER; attempt++) {
      expect(errorCode(await ops.changePassword(member, { currentPassword: `wrong guess ${attempt}`, newPassword: NEW_PASSWORD }))).toBe('VALIDATION_FAILED');
    }
    const locked = await ops.changePassword(member, { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD });
    expect(errorCode(locked)).toBe('RATE_LIMITED');
    expect(errorCode((await ops.signIn(member.user.email ?? '', TEST_PASSWORD)).body)).toBe('RATE_LIMITED');
  });

  it('signs out everywhere: every session of the account ends, other accounts keep theirs', async () => {
    const member = await make.user();
    const otherDevice = await make.sessionFor(member.user);
    const someoneElse = await make.user();
    const signedIn = await ops.signIn(member.user.email ?? '', TEST_PASSWORD);
    const cookie = signedIn.response.headers.getSetCookie().find((c) => c.startsWith('hub_refresh='))?.split(';')[0] ?? '';

    expect(ok(await ops.signOutEverywhere(member)).signOutEverywhere).toBe(true);
    expect(errorCode(await member.gql('{ viewer { id } }'))).toBe('UNAUTHENTICATED');
    expect(errorCode(await otherDevice.gql('{ viewer { id } }'))).toBe('UNAUTHENTICATED');
    expect(errorCode((await ops.refresh(cookie)).body)).toBe('UNAUTHENTICATED');
    expect(ok(await someoneElse.gql<{ viewer: { id: string } }>('{ viewer { id } }')).viewer.id).toBe(someoneElse.user.id);
    expect(await auditActions(member.user.id)).toContainEqual(['SIGNED_OUT_EVERYWHERE', null]);
    expect(errorCode(await hub.gql('mutation { signOutEverywhere }'))).toBe('UNAUTHENTICATED');
  });

  it('lists members of every organisation for platform admins: by name or e-mail, organisation and state, page by page', async () => {
    const admin = await make.user({ roles: ['PLATFORM_ADMIN'] });
    const tag = `zq${Date.now().toString(36)}`;
    const organisation = await make.organisation();
    const amal = await make.user({ organisation, displayName: `Amal ${tag}` });
    const bilal = await make.user({ displayName: `Bilal ${tag}` });
    const carla = await make.user({ organisation, displayName: `Carla ${tag}`, email: `carla.${tag}@example.org` });
    ok(await ops.deactivateMember(admin, bilal.user.id));

    const first = ok(await ops.members(admin, { query: tag.toUpperCase(), first: 2 })).members;
    expect(first.totalCount).toBe(3);
    expect(first.edges.map((edge) => [edge.node.displayName, edge.node.email])).toEqual([
      [`Amal ${tag}`, amal.user.email],
      [`Bilal ${tag}`, bilal.user.email],
    ]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(names(await ops.members(admin, { query: tag, first: 2, after: first.pageInfo.endCursor }))).toEqual([`Carla ${tag}`]);

    expect(names(await ops.members(admin, { query: `carla.${tag}@` }))).toEqual([`Carla ${tag}`]);
    expect(names(await ops.members(admin, { query: tag, organisationId: organisation.id }))).toEqual([`Amal ${tag}`, `Carla ${tag}`]);
    expect(names(await ops.members(admin, { query: tag, status: 'DEACTIVATED' }))).toEqual([`Bilal ${tag}`]);
    // Regular-expression characters are matched literally.
    expect(ok(await ops.members(admin, { query: `${tag}.*` })).members.totalCount).toBe(0);
    expect(carla.user.id).toBeTruthy();
  });

  it('refuses the cross-organisation member list to everyone but platform admins', async () => {
    for (const roles of [['MODERATOR'], ['ORGANISATION_ADMIN'], ['SECTOR_LEAD'], ['CONTRIBUTOR'], ['ANALYST']] as const) {
      const someone = await make.user({ roles: [...roles], leadSectors: roles[0] === 'SECTOR_LEAD' ? ['EDUCATION'] : [] });
      expect(errorCode(await ops.members(someone))).toBe('FORBIDDEN');
    }
    expect(errorCode(await hub.gql('{ members { totalCount } }'))).toBe('UNAUTHENTICATED');
  });
});
