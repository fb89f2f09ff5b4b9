import { createHash } from 'node:crypto';
import { Types } from 'mongoose';
import { accountOperations, accountsSnapshot, databaseOf, errorCode, ok, refreshCookieOf, tokenOf } from '../testing/account-operations';
import { makers } from '../testing/make';
import { startTestApp, TestApp } from '../testing/test-app';
import { InvitationsRepository } from './invitations.repository';
import { UsersRepository } from './users.repository';

const NEW_PASSWORD = 'a long new passphrase';
const PUBLIC_URL = 'https://hub.example.org';

describe('accounts: joining by invitation (over HTTP)', () => {
  let hub: TestApp;
  let make: ReturnType<typeof makers>;
  let ops: ReturnType<typeof accountOperations>;

  beforeAll(async () => {
    hub = await startTestApp({ PUBLIC_URL });
    make = makers(hub);
    ops = accountOperations(hub);
  });

  afterAll(async () => {
    await hub.close();
  });

  async function orgAdmin() {
    const organisation = await make.organisation({ name: `Akkar Relief ${Math.random().toString(36).slice(2)}` });
    const admin = await make.user({ roles: ['ORGANISATION_ADMIN'], organisation });
    return { organisation, admin };
  }

  it('invites, previews, accepts and signs the new member in; the link works once', async () => {
    const { organisation, admin } = await orgAdmin();
    const email = `Rana.${Date.now()}@Example.org`;
    const invited = await ops.inviteMember(admin, { email, displayName: 'Rana', roles: ['CONTRIBUTOR'], sectors: ['EDU'] });
    expect(invited.errors).toBeUndefined();
    const { invitationUrl, invitation } = ok(invited).inviteMember;
    expect(invitationUrl).toMatch(new RegExp(`^${PUBLIC_URL}/invitation/[A-Za-z0-9_-]{43}$`));
    expect(invitation).toMatchObject({ email: email.toLowerCase(), roles: ['CONTRIBUTOR'], organisationId: organisation.id, status: 'PENDING' });
    const expiresInDays = (Date.parse(invitation.expiresAt) - Date.now()) / 86_400_000;
    expect(expiresInDays).toBeGreaterThan(6.9);
    expect(expiresInDays).toBeLessThanOrEqual(7);

    // Only the SHA-256 of the token is stored.
    const token = tokenOf(invitationUrl);
    const stored = await databaseOf(hub).collection('invitations').findOne({ _id: new Types.ObjectId(invitation.id) });
    expect(stored?.['tokenHash']).toBe(createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(await databaseOf(hub).collection('invitations').find().toArray())).not.toContain(token);

    const preview = await ops.invitationPreview(token);
    expect(preview.data?.invitationPreview).toMatchObject({ email: email.toLowerCase(), displayName: 'Rana', organisationName: organisation.name });

    const accepted = await ops.acceptInvitation({ token, password: NEW_PASSWORD, displayName: 'Rana K.' });
    expect(accepted.body.errors).toBeUndefined();
    const session = ok(accepted.body).acceptInvitation;
    expect(session.viewer).toMatchObject({ email: email.toLowerCase(), displayName: 'Rana K.', roles: ['CONTRIBUTOR'], organisationId: organisation.id });
    expect(accepted.response.headers.getSetCookie().join('\n')).toMatch(/hub_refresh=[^;]+;.*HttpOnly.*SameSite=Strict/i);
    expect((await ops.viewerWith(session.accessToken)).data?.viewer).toMatchObject({ id: session.viewer.id, sectors: ['EDU'] });
    expect((await ops.refresh(refreshCookieOf(accepted.response) ?? '')).body.errors).toBeUndefined();
    expect((await ops.signIn(email, NEW_PASSWORD)).body.errors).toBeUndefined();

    const reused = await ops.acceptInvitation({ token, password: 'another long password' });
    expect(errorCode(reused.body)).toBe('NOT_FOUND');
    expect(errorCode(await ops.invitationPreview(token))).toBe('NOT_FOUND');
    expect((await ops.signIn(email, 'another long password')).body.errors).toBeDefined();
    expect((await ops.invitations(admin, organisation.id)).data?.invitations).toEqual([expect.objectContaining({ id: invitation.id, status: 'ACCEPTED' })]);
  });

  it('refuses an expired link with the same error as an unknown one, and leaves the invitee invited', async () => {
    const { admin } = await orgAdmin();
    const invited = await ops.inviteMember(admin, { email: `late-${Date.now()}@example.org`, roles: ['ANALYST'] });
    const { invitationUrl, invitation } = ok(invited).inviteMember;
    await hub.app.get(InvitationsRepository).setExpiry(invitation.id, new Date(Date.now() - 1000));

    const expired = await ops.acceptInvitation({ token: tokenOf(invitationUrl), password: NEW_PASSWORD });
    const unknown = await ops.acceptInvitation({ token: 'x'.repeat(43), password: NEW_PASSWORD });
    const malformed = await ops.acceptInvitation({ token: 'not-a-token', password: NEW_PASSWORD });
    expect(errorCode(expired.body)).toBe('NOT_FOUND');
    expect(expired.body.errors?.[0]).toEqual(unknown.body.errors?.[0]);
    expect(malformed.body.errors?.[0]).toEqual(unknown.body.errors?.[0]);
    expect(refreshCookieOf(expired.response)).toBeNull();
    expect(errorCode(await ops.invitationPreview(tokenOf(invitationUrl)))).toBe('NOT_FOUND');
    expect((await hub.app.get(UsersRepository).findByEmail(invitation.email ?? ''))?.status).toBe('INVITED');
  });

  it('lets only one of several concurrent accepts of the same link succeed', async () => {
    const { admin } = await orgAdmin();
    for (let round = 0; round < 5; round++) {
      const invited = await ops.inviteMember(admin, { email: `race-${round}-${Date.now()}@example.org`, roles: ['CONTRIBUTOR'] });
      const token = tokenOf(ok(invited).inviteMember.invitationUrl);
      const results = await Promise.all([1, 2, 3].map((n) => ops.acceptInvitation({ token, password: `racing password number ${n}` })));
      expect(results.filter((r) => !r.body.errors)).toHaveLength(1);
      expect(results.filter((r) => errorCode(r.body) === 'NOT_FOUND')).toHaveLength(2);
    }
  });

  it('keeps an organisation admin to their own organisation and to the roles they may grant', async () => {
    const { admin } = await orgAdmin();
    const elsewhere = await make.organisation();
    const contributor = await make.user({ roles: ['CONTRIBUTOR'], organisation: elsewhere });
    const email = `nope-${Date.now()}@example.org`;
    const before = await accountsSnapshot(hub);
    expect(errorCode(await ops.inviteMember(admin, { email, roles: ['CONTRIBUTOR'], organisationId: elsewhere.id }))).toBe('FORBIDDEN');
    for (const role of ['PLATFORM_ADMIN', 'MODERATOR', 'SECTOR_LEAD']) {
      expect(errorCode(await ops.inviteMember(admin, { email, roles: [role], leadSectors: role === 'SECTOR_LEAD' ? ['EDU'] : [] }))).toBe('FORBIDDEN');
    }
    expect(errorCode(await ops.inviteMember(contributor, { email, roles: ['CONTRIBUTOR'] }))).toBe('FORBIDDEN');
    expect(await accountsSnapshot(hub)).toBe(before);

    const ok = await ops.inviteMember(admin, { email, roles: ['ORGANISATION_ADMIN', 'ANALYST'] });
    expect(ok.data?.inviteMember.invitation.roles).toEqual(['ORGANISATION_ADMIN', 'ANALYST']);
  });

  it('lets a platform admin invite anyone anywhere; a sector lead needs a sector; an e-mail is invited once', async () => {
    const platformAdmin = await make.user({ roles: ['PLATFORM_ADMIN'] });
    const organisation = await make.organisation({ type: 'UN_AGENCY' });
    const email = `lead-${Date.now()}@example.org`;
    const noSector = await ops.inviteMember(platformAdmin, { email, roles: ['SECTOR_LEAD'], organisationId: organisation.id });
    expect(errorCode(noSector)).toBe('VALIDATION_FAILED');
    expect(noSector.errors?.[0]?.extensions?.['fields']).toEqual([expect.objectContaining({ field: 'input.leadSectors' })]);

    const invited = await ops.inviteMember(platformAdmin, {
      email,
      roles: ['SECTOR_LEAD', 'MODERATOR'],
      leadSectors: ['EDU', ' EDU '],
      organisationId: organisation.id,
    });
    expect(invited.errors).toBeUndefined();
    const token = tokenOf(ok(invited).inviteMember.invitationUrl);
    const session = ok((await ops.acceptInvitation({ token, password: NEW_PASSWORD })).body).acceptInvitation;
    expect(session.viewer).toMatchObject({ roles: ['MODERATOR', 'SECTOR_LEAD'], organisationId: organisation.id });
    const user = await hub.app.get(UsersRepository).findByEmail(email);
    expect(user).toMatchObject({ leadSectors: ['EDU'], organisationType: 'UN_AGENCY', status: 'ACTIVE' });

    const again = await ops.inviteMember(platformAdmin, { email: email.toUpperCase(), roles: ['CONTRIBUTOR'], organisationId: organisation.id });
    expect(errorCode(again)).toBe('CONFLICT');
  });

  it('revokes an invitation: the link stops working and the address can be invited again', async () => {
    const { organisation, admin } = await orgAdmin();
    const email = `revoked-${Date.now()}@example.org`;
    const first = ok(await ops.inviteMember(admin, { email, roles: ['CONTRIBUTOR'] })).inviteMember;

    const otherAdmin = (await orgAdmin()).admin;
    expect(errorCode(await ops.revokeInvitation(otherAdmin, first.invitation.id))).toBe('FORBIDDEN');
    expect(errorCode(await ops.invitations(otherAdmin, organisation.id))).toBe('FORBIDDEN');

    const revoked = await ops.revokeInvitation(admin, first.invitation.id);
    expect(revoked.data?.revokeInvitation).toMatchObject({ id: first.invitation.id, status: 'REVOKED' });
    expect(errorCode(await ops.revokeInvitation(admin, first.invitation.id))).toBe('CONFLICT');
    expect(errorCode(await ops.invitationPreview(tokenOf(first.invitationUrl)))).toBe('NOT_FOUND');
    expect(errorCode((await ops.acceptInvitation({ token: tokenOf(first.invitationUrl), password: NEW_PASSWORD })).body)).toBe('NOT_FOUND');

    const second = await ops.inviteMember(admin, { email, roles: ['ANALYST'] });
    expect(second.errors).toBeUndefined();
    const listed = ok(await ops.invitations(admin, organisation.id)).invitations;
    expect(listed.map((i) => i.status)).toEqual(['PENDING', 'REVOKED']);
  });

  it('checks the new password before using up the link', async () => {
    const { admin } = await orgAdmin();
    const invited = ok(await ops.inviteMember(admin, { email: `weak-${Date.now()}@example.org`, roles: ['CONTRIBUTOR'] })).inviteMember;
    const token = tokenOf(invited.invitationUrl);
    const weak = await ops.acceptInvitation({ token, password: 'short' });
    expect(errorCode(weak.body)).toBe('VALIDATION_FAILED');
    expect(weak.body.errors?.[0]?.extensions?.['fields']).toEqual([expect.objectContaining({ field: 'input.password' })]);
    expect((await ops.invitationPreview(token)).errors).toBeUndefined();
  });
});
