import { accountOperations } from '../testing/account-operations';
import { makers, SignedInUser, TEST_PASSWORD } from '../testing/make';
import { errorCode, expectData, ops } from '../testing/operations';
import { startTestApp, TestApp } from '../testing/test-app';

const ERASE = 'mutation($id: ID!) { eraseUser(userId: $id) }';

describe('erasure and "download my data"', () => {
  let hub: TestApp;
  let admin: SignedInUser;
  let lead: SignedInUser;
  let member: SignedInUser;
  let other: SignedInUser;
  let questionId: string;

  beforeAll(async () => {
    hub = await startTestApp();
    const make = makers(hub);
    admin = await make.user({ roles: ['PLATFORM_ADMIN'] });
    lead = await make.user({ roles: ['SECTOR_LEAD'], leadSectors: ['EDU'] });
    const org = await make.organisation({ name: 'Akkar Relief Collective', type: 'NATIONAL_NGO' });
    member = await make.user({ organisation: org, displayName: 'Rania Haddad', email: 'rania.haddad@example.org' });
    other = await make.user();
    questionId = expectData(
      await ops.askQuestion(lead, { title: 'Why do families skip clinic visits?', body: 'b', purpose: 'To plan mobile clinics.', sectors: ['EDU'], sensitivity: 'RESTRICTED', publish: true }),
    ).askQuestion.id;
  });

  afterAll(async () => {
    await hub.close();
  });

  it('gives members all their own data as JSON, and audits the download', async () => {
    const contribution = expectData(await ops.contribute(member, { questionId, body: 'Transport costs.', evidenceType: 'DIRECT_OBSERVATION', confidence: 'LOW', language: 'en', sensitivity: 'RESTRICTED' })).contribute;
    expectData(await ops.addComment(member, 'QUESTION', questionId, 'Also fees.'));
    expectData(await ops.setFollowing(member, 'QUESTION', questionId));
    const theirs = expectData(await ops.contribute(other, { questionId, body: 'Fear of checkpoints.', evidenceType: 'DIRECT_OBSERVATION', confidence: 'LOW', language: 'en', sensitivity: 'RESTRICTED' })).contribute;
    expectData(await ops.markHelpful(member, theirs.id));
    const data = JSON.parse(expectData(await member.gql<{ myData: string }>('{ myData }')).myData) as Record<string, unknown[] | Record<string, unknown>>;
    expect(data['profile']).toMatchObject({ email: 'rania.haddad@example.org', displayName: 'Rania Haddad' });
    expect(data['organisation']).toMatchObject({ name: 'Akkar Relief Collective' });
    expect(data['contributions']).toEqual([expect.objectContaining({ id: contribution.id, body: 'Transport costs.' })]);
    expect(data['comments']).toEqual([expect.objectContaining({ body: 'Also fees.' })]);
    expect(data['follows']).toHaveLength(1);
    expect(data['helpfulVotes']).toEqual([{ contributionId: theirs.id }]);
    expect(JSON.stringify(data)).not.toContain('passwordHash');
    expect(JSON.stringify(data)).not.toContain(other.user.displayName);
    expect(await hub.connection.db?.collection('audit_log').countDocuments({ action: 'EXPORT', targetType: 'PERSONAL_DATA' })).toBe(1);
    expect(errorCode(await hub.gql('{ myData }'))).toBe('UNAUTHENTICATED');
  });

  it('erases personal fields, ends sessions, keeps contributions as a former member', async () => {
    expect(errorCode(await other.gql(ERASE, { id: member.user.id }))).toBe('FORBIDDEN');
    expect(expectData(await member.gql<{ eraseUser: boolean }>(ERASE, { id: member.user.id })).eraseUser).toBe(true);
    expect(errorCode(await member.gql('{ myData }'))).toBe('UNAUTHENTICATED');
    expect(errorCode((await accountOperations(hub).signIn('rania.haddad@example.org', TEST_PASSWORD)).body)).toBe('UNAUTHENTICATED');
    const stored = await hub.connection.db?.collection('users').findOne({ displayName: { $exists: true }, organisationType: 'NATIONAL_NGO', status: 'ERASED' });
    expect(JSON.stringify(stored)).not.toMatch(/Rania|rania|passwordHash/);

    const page = await lead.gql<{ question: { contributions: { edges: Array<{ node: { author: { user: { displayName: string; former: boolean; organisationType: string } | null } } }> } } }>(
      'query($id: ID!) { question(id: $id) { contributions { edges { node { author { user { displayName former organisationType } } } } } } }',
      { id: questionId },
    );
    expect(expectData(page).question.contributions.edges.map((e) => e.node.author.user)).toContainEqual({ displayName: 'Former member', former: true, organisationType: 'NATIONAL_NGO' });
    expect(JSON.stringify(page)).not.toContain('Rania');

    expect(errorCode(await admin.gql(ERASE, { id: member.user.id }))).toBe('NOT_FOUND');
    expect(expectData(await admin.gql<{ eraseUser: boolean }>(ERASE, { id: other.user.id })).eraseUser).toBe(true);
    expect(errorCode(await admin.gql(ERASE, { id: admin.user.id }))).toBe('CONFLICT');
    expect(await hub.connection.db?.collection('audit_log').countDocuments({ action: 'USER_ERASED' })).toBe(2);
  });
});
