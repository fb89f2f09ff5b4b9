import { makers, SignedInUser } from '../testing/make';
import { errorCode, expectData, ops } from '../testing/operations';
import { startTestApp, TestApp } from '../testing/test-app';

/** Personal data in a contribution stops the write, or sends it to the moderators' review queue. */
describe('personal-data guard and review queue', () => {
  let hub: TestApp;
  let lead: SignedInUser;
  let author: SignedInUser;
  let peer: SignedInUser;
  let moderator: SignedInUser;
  let questionId: string;
  const body = 'The landlord in Bebnine, reachable on ٠٣-١٢٣٤٥٦, evicted four families in May.';

  beforeAll(async () => {
    hub = await startTestApp();
    const make = makers(hub);
    lead = await make.user({ roles: ['SECTOR_LEAD'], leadSectors: ['SHELTER'] });
    author = await make.user();
    peer = await make.user();
    moderator = await make.user({ roles: ['MODERATOR'] });
    questionId = expectData(
      await ops.askQuestion(lead, {
        title: 'Are evictions linked to rent rises or municipal measures?',
        body: 'Eviction notices rose.',
        purpose: 'To direct legal counselling.',
        sectors: ['SHELTER'],
        sensitivity: 'RESTRICTED',
        publish: true,
      }),
    ).askQuestion.id;
  });

  afterAll(async () => {
    await hub.close();
  });

  const contribution = (extra: Record<string, unknown> = {}) => ({
    questionId,
    body,
    evidenceType: 'DIRECT_OBSERVATION',
    confidence: 'MEDIUM',
    language: 'en',
    sensitivity: 'RESTRICTED',
    ...extra,
  });

  it('stops the write and says what was found and where (Arabic-Indic digits included)', async () => {
    const before = await hub.connection.db?.collection('contributions').countDocuments();
    const response = await ops.contribute(author, contribution());
    expect(errorCode(response)).toBe('VALIDATION_FAILED');
    const hints = response.errors?.[0]?.extensions?.['personalData'] as Array<{ field: string; kind: string; start: number; end: number }>;
    expect(hints).toEqual([{ field: 'input.body', kind: 'PHONE_LEBANON', start: body.indexOf('٠٣'), end: body.indexOf('٠٣') + '٠٣-١٢٣٤٥٦'.length }]);
    expect(await hub.connection.db?.collection('contributions').countDocuments()).toBe(before);
  });

  it('accepts the redacted text at once', async () => {
    const redacted = body.replace('٠٣-١٢٣٤٥٦', '[phone number removed]');
    const created = expectData(await ops.contribute(author, contribution({ body: redacted }))).contribute;
    const page = expectData(await ops.questionPage(peer, questionId)).question;
    expect(page.contributions.edges.map((e) => e.node.id)).toContain(created.id);
  });

  it('holds a contribution posted anyway: only its author and moderators see it until approved', async () => {
    const held = expectData(await ops.contribute(author, contribution({ postDespitePersonalData: true }))).contribute;
    const visibleTo = async (user: SignedInUser) =>
      expectData(await ops.questionPage(user, questionId)).question.contributions.edges.some((e) => e.node.id === held.id);
    expect(await visibleTo(author)).toBe(true);
    expect(await visibleTo(moderator)).toBe(true);
    expect(await visibleTo(peer)).toBe(false);
    expect(await visibleTo(lead)).toBe(false);
    expect(errorCode(await peer.gql('query($id: ID!) { contribution(id: $id) { id } }', { id: held.id }))).toBe('NOT_FOUND');

    const queue = expectData(await moderator.gql<{ reviewQueue: Array<{ id: string; heldFor: string[]; review: string }> }>('{ reviewQueue { id heldFor review } }')).reviewQueue;
    expect(queue).toContainEqual({ id: held.id, heldFor: ['PHONE_LEBANON'], review: 'HELD' });

    expectData(await moderator.gql('mutation($id: ID!) { decideReview(contributionId: $id, approve: true) { id } }', { id: held.id }));
    expect(await visibleTo(peer)).toBe(true);
    const after = expectData(await moderator.gql<{ reviewQueue: Array<{ id: string }> }>('{ reviewQueue { id } }')).reviewQueue;
    expect(after.map((c) => c.id)).not.toContain(held.id);
  });

  it('keeps a rejected contribution away from peers', async () => {
    const held = expectData(await ops.contribute(author, contribution({ postDespitePersonalData: true }))).contribute;
    expectData(await moderator.gql('mutation($id: ID!) { decideReview(contributionId: $id, approve: false) { id } }', { id: held.id }));
    expect(errorCode(await peer.gql('query($id: ID!) { contribution(id: $id) { id } }', { id: held.id }))).toBe('NOT_FOUND');
    expect(errorCode(await moderator.gql('mutation($id: ID!) { decideReview(contributionId: $id, approve: true) { id } }', { id: held.id }))).toBe('NOT_FOUND');
  });
});
