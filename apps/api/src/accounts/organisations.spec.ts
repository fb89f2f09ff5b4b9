import { accountOperations, accountsSnapshot, errorCode, MemberView, ok } from '../testing/account-operations';
import { makers, TEST_PASSWORD } from '../testing/make';
import { startTestApp, TestApp } from '../testing/test-app';
import { UsersRepository } from './users.repository';

const UNKNOWN_ID = '0123456789abcdef01234567';

describe('accounts: organisations and members (over HTTP)', () => {
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

  const nodes = (response: Awaited<ReturnType<typeof ops.organisationMembers>>): MemberView[] =>
    ok(response).organisationMembers.edges.map((edge) => edge.node);

  it('lets a platform admin create organisations with unique names; members read them', async () => {
    const admin = await make.user({ roles: ['PLATFORM_ADMIN'] });
    const name = `Dorcas ${Date.now()}`;
    const created = ok(await ops.createOrganisation(admin, { name: ` ${name} `, acronym: 'DRC', type: 'INTERNATIONAL_NGO' })).createOrganisation;
    expect(created).toMatchObject({ name, acronym: 'DRC', type: 'INTERNATIONAL_NGO' });
    expect(errorCode(await ops.createOrganisation(admin, { name, type: 'OTHER' }))).toBe('CONFLICT');

    const member = await make.user();
    expect(ok(await ops.organisation(member, created.id)).organisation).toEqual(created);
    expect(ok(await ops.organisations(member)).organisations).toEqual(expect.arrayContaining([expect.objectContaining({ id: created.id, name })]));
    expect(errorCode(await ops.organisation(member, UNKNOWN_ID))).toBe('NOT_FOUND');

    const orgAdmin = await make.user({ roles: ['ORGANISATION_ADMIN'] });
    expect(errorCode(await ops.createOrganisation(orgAdmin, { name: `Other ${Date.now()}`, type: 'OTHER' }))).toBe('FORBIDDEN');
    expect(errorCode(await hub.gql(`{ organisations { id } }`))).toBe('UNAUTHENTICATED');
  });

  it('lets an organisation admin rename their own organisation but leaves its type to platform admins', async () => {
    const organisation = await make.organisation({ type: 'NATIONAL_NGO' });
    const orgAdmin = await make.user({ roles: ['ORGANISATION_ADMIN'], organisation });
    const member = await make.user({ organisation });
    const renamed = ok(await ops.updateOrganisation(orgAdmin, { id: organisation.id, name: `${organisation.name} Lebanon`, acronym: 'ABC' }));
    expect(renamed.updateOrganisation).toMatchObject({ name: `${organisation.name} Lebanon`, acronym: 'ABC', type: 'NATIONAL_NGO' });
    // Sending the unchanged type is not a type change.
    expect(ok(await ops.updateOrganisation(orgAdmin, { id: organisation.id, type: 'NATIONAL_NGO', acronym: null })).updateOrganisation.acronym).toBeNull();

    const elsewhere = await make.organisation();
    const before = await accountsSnapshot(hub);
    expect(errorCode(await ops.updateOrganisation(orgAdmin, { id: organisation.id, type: 'UN_AGENCY' }))).toBe('FORBIDDEN');
    expect(errorCode(await ops.updateOrganisation(orgAdmin, { id: elsewhere.id, name: 'Taken over' }))).toBe('FORBIDDEN');
    expect(errorCode(await ops.updateOrganisation(member, { id: organisation.id, name: 'Not mine' }))).toBe('FORBIDDEN');
    expect(await accountsSnapshot(hub)).toBe(before);

    const platformAdmin = await make.user({ roles: ['PLATFORM_ADMIN'] });
    expect(ok(await ops.updateOrganisation(platformAdmin, { id: organisation.id, type: 'UN_AGENCY' })).updateOrganisation.type).toBe('UN_AGENCY');
    // Members carry the type (for anonymous attribution); it follows the organisation.
    expect((await hub.app.get(UsersRepository).findById(member.user.id))?.organisationType).toBe('UN_AGENCY');
    expect(errorCode(await ops.updateOrganisation(platformAdmin, { id: UNKNOWN_ID, name: 'Ghost' }))).toBe('NOT_FOUND');
  });

  it('shows e-mails to the organisation admins, moderators and platform admins, and display names to its other members', async () => {
    const organisation = await make.organisation();
    const orgAdmin = await make.user({ roles: ['ORGANISATION_ADMIN'], organisation, displayName: 'Amal' });
    const contributor = await make.user({ organisation, displayName: 'Bilal' });
    const analyst = await make.user({ roles: ['ANALYST'], organisation, displayName: 'Carla' });
    const moderator = await make.user({ roles: ['MODERATOR'] });
    const outsider = await make.user();
    const outsiderAdmin = await make.user({ roles: ['ORGANISATION_ADMIN'] });
    const invitee = ok(await ops.inviteMember(orgAdmin, { email: `invitee-${Date.now()}@example.org`, displayName: 'Dana', roles: ['CONTRIBUTOR'] }));

    const asAdmin = nodes(await ops.organisationMembers(orgAdmin, { organisationId: organisation.id }));
    expect(asAdmin.map((m) => [m.displayName, m.email, m.status])).toEqual([
      ['Amal', orgAdmin.user.email, 'ACTIVE'],
      ['Bilal', contributor.user.email, 'ACTIVE'],
      ['Carla', analyst.user.email, 'ACTIVE'],
      ['Dana', invitee.inviteMember.invitation.email, 'INVITED'],
    ]);
    expect(nodes(await ops.organisationMembers(moderator, { organisationId: organisation.id })).every((m) => m.email)).toBe(true);

    const asContributor = nodes(await ops.organisationMembers(contributor, { organisationId: organisation.id }));
    expect(asContributor.map((m) => [m.displayName, m.email])).toEqual([
      ['Amal', null],
      ['Bilal', contributor.user.email],
      ['Carla', null],
    ]);
    expect(errorCode(await ops.organisationMembers(outsider, { organisationId: organisation.id }))).toBe('FORBIDDEN');
    expect(errorCode(await ops.organisationMembers(outsiderAdmin, { organisationId: organisation.id }))).toBe('FORBIDDEN');
    expect(errorCode(await ops.organisationMembers(moderator, { organisationId: UNKNOWN_ID }))).toBe('NOT_FOUND');
  });

  it('pages through members with cursors', async () => {
    const organisation = await make.organisation();
    const admin = await make.user({ roles: ['ORGANISATION_ADMIN'], organisation, displayName: 'A admin' });
    for (const name of ['B', 'C', 'C', 'D']) await make.user({ organisation, displayName: name });
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const response: Awaited<ReturnType<typeof ops.organisationMembers>> = await ops.organisationMembers(admin, { organisationId: organisation.id, first: 2, after });
      const page = ok(response).organisationMembers;
      expect(page.totalCount).toBe(5);
      seen.push(...page.edges.map((edge) => edge.node.displayName));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(['A admin', 'B', 'C', 'C', 'D']);
  });

  it('lets an organisation admin change roles within their grant, and platform admins any', async () => {
    const organisation = await make.organisation();
    const orgAdmin = await make.user({ roles: ['ORGANISATION_ADMIN'], organisation });
    const member = await make.user({ organisation });
    const sectorLead = await make.user({ roles: ['SECTOR_LEAD'], leadSectors: ['EDU'], organisation });
    const outsider = await make.user();

    const promoted = ok(await ops.setMemberRoles(orgAdmin, { userId: member.user.id, roles: ['ORGANISATION_ADMIN', 'CONTRIBUTOR'] }));
    expect(promoted.setMemberRoles.roles).toEqual(['ORGANISATION_ADMIN', 'CONTRIBUTOR']);
    // The change applies at once: the member's next request acts with the new roles.
    expect(ok(await ops.viewerWith(member.token)).viewer?.roles).toEqual(['ORGANISATION_ADMIN', 'CONTRIBUTOR']);

    const before = await accountsSnapshot(hub);
    for (const roles of [['PLATFORM_ADMIN'], ['MODERATOR']]) {
      expect(errorCode(await ops.setMemberRoles(orgAdmin, { userId: member.user.id, roles }))).toBe('FORBIDDEN');
    }
    expect(errorCode(await ops.setMemberRoles(orgAdmin, { userId: member.user.id, roles: ['SECTOR_LEAD'], leadSectors: ['EDU'] }))).toBe('FORBIDDEN');
    expect(errorCode(await ops.setMemberRoles(orgAdmin, { userId: sectorLead.user.id, roles: ['CONTRIBUTOR'] }))).toBe('FORBIDDEN');
    expect(errorCode(await ops.setMemberRoles(orgAdmin, { userId: outsider.user.id, roles: ['ANALYST'] }))).toBe('FORBIDDEN');
    expect(errorCode(await ops.setMemberRoles(member, { userId: outsider.user.id, roles: ['ANALYST'] }))).toBe('FORBIDDEN');
    expect(await accountsSnapshot(hub)).toBe(before);

    const platformAdmin = await make.user({ roles: ['PLATFORM_ADMIN'] });
    const noSector = await ops.setMemberRoles(platformAdmin, { userId: outsider.user.id, roles: ['SECTOR_LEAD'] });
    expect(errorCode(noSector)).toBe('VALIDATION_FAILED');
    const lead = ok(await ops.setMemberRoles(platformAdmin, { userId: outsider.user.id, roles: ['SECTOR_LEAD', 'MODERATOR'], leadSectors: ['WASH'] }));
    expect(lead.setMemberRoles).toMatchObject({ roles: ['MODERATOR', 'SECTOR_LEAD'], leadSectors: ['WASH'] });
    expect(errorCode(await ops.setMemberRoles(platformAdmin, { userId: UNKNOWN_ID, roles: ['ANALYST'] }))).toBe('NOT_FOUND');
  });

  it('deactivates a member at once and can reactivate them', async () => {
    const organisation = await make.organisation();
    const orgAdmin = await make.user({ roles: ['ORGANISATION_ADMIN'], organisation });
    const member = await make.user({ organisation });
    expect(errorCode(await ops.deactivateMember(orgAdmin, orgAdmin.user.id))).toBe('FORBIDDEN');
    expect(errorCode(await ops.deactivateMember(orgAdmin, (await make.user()).user.id))).toBe('FORBIDDEN');

    expect(ok(await ops.deactivateMember(orgAdmin, member.user.id)).deactivateMember.status).toBe('DEACTIVATED');
    expect(errorCode(await ops.viewerWith(member.token))).toBe('UNAUTHENTICATED');
    expect(errorCode((await ops.signIn(member.user.email ?? '', TEST_PASSWORD)).body)).toBe('UNAUTHENTICATED');
    // Others no longer list them; their admin still does.
    const colleague = await make.user({ organisation });
    expect(nodes(await ops.organisationMembers(colleague, { organisationId: organisation.id })).map((m) => m.id)).not.toContain(member.user.id);

    expect(ok(await ops.reactivateMember(orgAdmin, member.user.id)).reactivateMember.status).toBe('ACTIVE');
    expect((await ops.signIn(member.user.email ?? '', TEST_PASSWORD)).body.errors).toBeUndefined();
  });

  it('deactivating an invited member withdraws their invitation', async () => {
    const organisation = await make.organisation();
    const orgAdmin = await make.user({ roles: ['ORGANISATION_ADMIN'], organisation });
    const { invitation, invitationUrl } = ok(await ops.inviteMember(orgAdmin, { email: `gone-${Date.now()}@example.org`, roles: ['ANALYST'] })).inviteMember;
    const invitedId = (await hub.app.get(UsersRepository).findByEmail(invitation.email ?? ''))?.id ?? '';
    expect(ok(await ops.deactivateMember(orgAdmin, invitedId)).deactivateMember.status).toBe('DEACTIVATED');
    const token = new URL(invitationUrl).pathname.split('/').at(-1);
    expect(errorCode((await ops.acceptInvitation({ token, password: 'a long enough password' })).body)).toBe('NOT_FOUND');
    expect(ok(await ops.invitations(orgAdmin, organisation.id)).invitations[0].status).toBe('REVOKED');
  });

  it('lets every member edit their own profile', async () => {
    const member = await make.user({ displayName: 'Before' });
    const updated = ok(await ops.updateProfile(member, { displayName: '  Hala  ', language: 'ar', sectors: ['EDU', ' WASH ', 'EDU'] }));
    expect(updated.updateProfile).toEqual({ displayName: 'Hala', language: 'ar', sectors: ['EDU', 'WASH'] });
    expect(ok(await ops.updateProfile(member, { language: 'fr' })).updateProfile).toEqual({ displayName: 'Hala', language: 'fr', sectors: ['EDU', 'WASH'] });
    expect(ok(await ops.viewerWith(member.token)).viewer).toMatchObject({ displayName: 'Hala', language: 'fr' });
  });
});
