import { accountOperations, errorCode, ok } from '../testing/account-operations';
import { makers } from '../testing/make';
import { startTestApp, TestApp } from '../testing/test-app';
import { UsersRepository } from './users.repository';

// Each test boots its own database: the rule is about *all* platform admins, so no other test's
// admins may be around.
describe('accounts: nobody removes the last platform admin (over HTTP)', () => {
  let hub: TestApp;
  let make: ReturnType<typeof makers>;
  let ops: ReturnType<typeof accountOperations>;

  beforeEach(async () => {
    hub = await startTestApp();
    make = makers(hub);
    ops = accountOperations(hub);
  });

  afterEach(async () => {
    await hub.close();
  });

  it('refuses to demote or deactivate the only platform admin, and allows it once there is another', async () => {
    const only = await make.user({ roles: ['PLATFORM_ADMIN'] });
    const demoted = await ops.setMemberRoles(only, { userId: only.user.id, roles: ['CONTRIBUTOR'] });
    expect(errorCode(demoted)).toBe('CONFLICT');
    expect(demoted.errors?.[0]?.message).toMatch(/last platform admin/);
    expect((await hub.app.get(UsersRepository).findById(only.user.id))?.roles).toEqual(['PLATFORM_ADMIN']);

    const second = await make.user({ roles: ['PLATFORM_ADMIN'] });
    expect(ok(await ops.deactivateMember(second, only.user.id)).deactivateMember.status).toBe('DEACTIVATED');
    expect(errorCode(await ops.setMemberRoles(second, { userId: second.user.id, roles: ['MODERATOR'] }))).toBe('CONFLICT');

    // A deactivated admin does not count: reactivating them makes two again.
    expect(ok(await ops.reactivateMember(second, only.user.id)).reactivateMember.status).toBe('ACTIVE');
    expect(ok(await ops.setMemberRoles(second, { userId: second.user.id, roles: ['MODERATOR'] })).setMemberRoles.roles).toEqual(['MODERATOR']);
  });

  it('keeps one platform admin when two demote each other at the same time', async () => {
    const first = await make.user({ roles: ['PLATFORM_ADMIN'] });
    const second = await make.user({ roles: ['PLATFORM_ADMIN'] });
    const results = await Promise.all([
      ops.setMemberRoles(first, { userId: second.user.id, roles: ['CONTRIBUTOR'] }),
      ops.setMemberRoles(second, { userId: first.user.id, roles: ['CONTRIBUTOR'] }),
    ]);
    expect(results.filter((r) => !r.errors).length).toBeLessThanOrEqual(1);
    expect(await hub.app.get(UsersRepository).countActivePlatformAdmins()).toBeGreaterThanOrEqual(1);
  });
});
