import { Types } from 'mongoose';
import { accountOperations, accountsSnapshot, databaseOf, errorCode, ok, refreshCookieOf, tokenOf } from '../testing/account-operations';
import { makers, TEST_PASSWORD } from '../testing/make';
import { startTestApp, TestApp } from '../testing/test-app';
import { LOCK_AFTER } from './accounts.service';
import { MAX_USABLE_RESETS, PasswordResetService } from './password-reset.service';
import { PasswordResetsRepository } from './password-resets.repository';
import { UsersRepository } from './users.repository';

const NEW_PASSWORD = 'a brand new passphrase';

describe('accounts: password reset (over HTTP)', () => {
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

  it('resets with a one-time link: old sessions end, the lockout is lifted, the new password works', async () => {
    const admin = await make.user({ roles: ['PLATFORM_ADMIN'] });
    const member = await make.user();
    const email = (member.user.email ?? '');
    const otherDevice = await ops.signIn(email, TEST_PASSWORD);
    const otherRefresh = refreshCookieOf(otherDevice.response) ?? '';
    for (let attempt = 0; attempt < LOCK_AFTER; attempt++) await ops.signIn(email, `wrong guess ${attempt}`);
    expect(errorCode((await ops.signIn(email, TEST_PASSWORD)).body)).toBe('RATE_LIMITED');

    const link = await ops.createPasswordResetLink(admin, member.user.id);
    expect(link.errors).toBeUndefined();
    const { resetUrl, expiresAt } = ok(link).createPasswordResetLink;
    expect(resetUrl).toMatch(/^http:\/\/localhost:3000\/reset-password\/[A-Za-z0-9_-]{43}$/);
    expect(Date.parse(expiresAt) - Date.now()).toBeLessThanOrEqual(3600_000);
    expect(JSON.stringify(await databaseOf(hub).collection('password_resets').find().toArray())).not.toContain(tokenOf(resetUrl));

    expect((await ops.resetPassword({ token: tokenOf(resetUrl), newPassword: NEW_PASSWORD })).data).toEqual({ resetPassword: true });

    expect(errorCode(await ops.viewerWith(member.token))).toBe('UNAUTHENTICATED');
    expect(errorCode(await ops.viewerWith(ok(otherDevice.body).signIn.accessToken))).toBe('UNAUTHENTICATED');
    expect(errorCode((await ops.refresh(otherRefresh)).body)).toBe('UNAUTHENTICATED');
    expect(errorCode((await ops.signIn(email, TEST_PASSWORD)).body)).toBe('UNAUTHENTICATED');
    expect((await ops.signIn(email, NEW_PASSWORD)).body.errors).toBeUndefined();
    expect(await hub.app.get(UsersRepository).credentialsByEmail(email)).toMatchObject({ failedSignIns: 0, lockedUntil: null });

    const reused = await ops.resetPassword({ token: tokenOf(resetUrl), newPassword: 'yet another passphrase' });
    expect(errorCode(reused)).toBe('NOT_FOUND');
  });

  it('refuses expired, unknown and malformed links alike, and checks the new password first', async () => {
    const admin = await make.user({ roles: ['PLATFORM_ADMIN'] });
    const member = await make.user();
    const { resetUrl } = ok(await ops.createPasswordResetLink(admin, member.user.id)).createPasswordResetLink;
    const resets = hub.app.get(PasswordResetsRepository);

    const weak = await ops.resetPassword({ token: tokenOf(resetUrl), newPassword: 'short' });
    expect(errorCode(weak)).toBe('VALIDATION_FAILED');

    const [reset] = await resets.listForUser(member.user.id);
    await resets.setExpiry(reset.id, new Date(Date.now() - 1000));
    const expired = await ops.resetPassword({ token: tokenOf(resetUrl), newPassword: NEW_PASSWORD });
    const unknown = await ops.resetPassword({ token: 'y'.repeat(43), newPassword: NEW_PASSWORD });
    const malformed = await ops.resetPassword({ token: '../../etc', newPassword: NEW_PASSWORD });
    expect(errorCode(expired)).toBe('NOT_FOUND');
    expect(expired.errors?.[0]).toEqual(unknown.errors?.[0]);
    expect(malformed.errors?.[0]).toEqual(unknown.errors?.[0]);
    // The member's session survived: nothing was reset.
    expect((await ops.viewerWith(member.token)).data?.viewer?.id).toBe(member.user.id);
  });

  it('lets only one of several concurrent resets with the same link succeed', async () => {
    const admin = await make.user({ roles: ['PLATFORM_ADMIN'] });
    const member = await make.user();
    for (let round = 0; round < 5; round++) {
      const token = tokenOf(ok(await ops.createPasswordResetLink(admin, member.user.id)).createPasswordResetLink.resetUrl);
      const results = await Promise.all([1, 2, 3].map((n) => ops.resetPassword({ token, newPassword: `racing passphrase number ${n}` })));
      expect(results.filter((r) => r.data?.resetPassword === true)).toHaveLength(1);
      expect(results.filter((r) => errorCode(r) === 'NOT_FOUND')).toHaveLength(2);
    }
  });

  it('lets an organisation admin make links for their own members only, and never for a platform admin', async () => {
    const organisation = await make.organisation();
    const orgAdmin = await make.user({ roles: ['ORGANISATION_ADMIN'], organisation });
    const ownMember = await make.user({ organisation });
    const ownPlatformAdmin = await make.user({ roles: ['PLATFORM_ADMIN'], organisation });
    const ownSectorLead = await make.user({ roles: ['SECTOR_LEAD'], leadSectors: ['EDU'], organisation });
    const outsider = await make.user();
    const contributor = await make.user({ organisation });

    const before = await accountsSnapshot(hub);
    expect(errorCode(await ops.createPasswordResetLink(orgAdmin, outsider.user.id))).toBe('FORBIDDEN');
    expect(errorCode(await ops.createPasswordResetLink(orgAdmin, ownPlatformAdmin.user.id))).toBe('FORBIDDEN');
    expect(errorCode(await ops.createPasswordResetLink(orgAdmin, ownSectorLead.user.id))).toBe('FORBIDDEN');
    expect(errorCode(await ops.createPasswordResetLink(contributor, ownMember.user.id))).toBe('FORBIDDEN');
    expect(errorCode(await ops.createPasswordResetLink(orgAdmin, '0123456789abcdef01234567'))).toBe('NOT_FOUND');
    expect(await accountsSnapshot(hub)).toBe(before);

    expect((await ops.createPasswordResetLink(orgAdmin, ownMember.user.id)).errors).toBeUndefined();
  });

  it('answers every self-service request with true, and issues a link only for an existing account', async () => {
    const member = await make.user();
    const resets = hub.app.get(PasswordResetsRepository);
    const service = hub.app.get(PasswordResetService);
    const before = await accountsSnapshot(hub);
    expect((await ops.requestPasswordReset('nobody-here@example.org')).data).toEqual({ requestPasswordReset: true });
    await service.settled();
    expect(await accountsSnapshot(hub)).toBe(before);

    expect((await ops.requestPasswordReset((member.user.email ?? '').toUpperCase())).data).toEqual({ requestPasswordReset: true });
    await service.settled();
    const [issued] = await resets.listForUser(member.user.id);
    expect(issued.usedAt).toBeNull();
    const stored = await databaseOf(hub).collection('password_resets').findOne({ userId: new Types.ObjectId(member.user.id) });
    expect(stored).toMatchObject({ tokenHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(stored?.['createdBy']).toBeUndefined();

    // Flooding is capped: past MAX_USABLE_RESETS live links, requests make no more.
    for (let i = 0; i < MAX_USABLE_RESETS + 2; i++) {
      await ops.requestPasswordReset(member.user.email);
      await service.settled();
    }
    expect(await resets.listForUser(member.user.id)).toHaveLength(MAX_USABLE_RESETS);
  });
});
