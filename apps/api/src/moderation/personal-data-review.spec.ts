import { makers, SignedInUser } from '../testing/make';
import { errorCode, expectData, ops } from '../testing/operations';
import { searchOps, uniqueWord, waitForSearchLagZero } from '../testing/search-operations';
import { startTestApp, TestApp } from '../testing/test-app';

interface Hint {
  field: string;
  kind: string;
  start: number;
  end: number;
}

interface QueueItem {
  id: string;
  kind: string;
  targetId: string;
  synthesisVersion: number | null;
  heldFor: string[];
  texts: Array<{ field: string; text: string }>;
  findings: Hint[];
  author: { id: string } | null;
}

const QUEUE = `query($after: String) { reviewQueue(first: 50, after: $after) { totalCount pageInfo { hasNextPage endCursor }
  edges { node { id kind targetId synthesisVersion heldFor texts { field text } findings { field kind start end } author { id } } } } }`;
const DECIDE = 'mutation($input: DecideReviewInput!) { decideReview(input: $input) { id kind review } }';

/** Personal data in any free text stops the write, or sends the item to the moderators' review queue. */
describe('personal-data guard and review queue', () => {
  let hub: TestApp;
  let lead: SignedInUser;
  let author: SignedInUser;
  let peer: SignedInUser;
  let moderator: SignedInUser;
  let questionId: string;
  const phone = '٠٣-١٢٣٤٥٦';
  const body = `The landlord in Bebnine, reachable on ${phone}, evicted four families in May.`;

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
  const queue = async (): Promise<QueueItem[]> => expectData(await moderator.gql<{ reviewQueue: { edges: Array<{ node: QueueItem }> } }>(QUEUE)).reviewQueue.edges.map((e) => e.node);
  const hintsOf = (response: { errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> }) => response.errors?.[0]?.extensions?.['personalData'] as Hint[];

  it('stops the write and says what was found and where (Arabic-Indic digits included)', async () => {
    const before = await hub.connection.db?.collection('contributions').countDocuments();
    const response = await ops.contribute(author, contribution());
    expect(errorCode(response)).toBe('VALIDATION_FAILED');
    expect(hintsOf(response)).toEqual([{ field: 'input.body', kind: 'PHONE_LEBANON', start: body.indexOf(phone), end: body.indexOf(phone) + phone.length }]);
    expect(await hub.connection.db?.collection('contributions').countDocuments()).toBe(before);
  });

  it('accepts the redacted text at once', async () => {
    const redacted = body.replace(phone, '[phone number removed]');
    const created = expectData(await ops.contribute(author, contribution({ body: redacted }))).contribute;
    const page = expectData(await ops.questionPage(peer, questionId)).question;
    expect(page.contributions.edges.map((e) => e.node.id)).toContain(created.id);
  });

  it('guards questions (title, body, purpose and source fields), their edits, comments and syntheses the same way', async () => {
    const title = 'Why did families with case LEB-13C12345 move to Akkar?';
    const asked = await ops.askQuestion(lead, {
      title,
      body: 'Write to field.officer@example.org for the list.',
      purpose: 'To plan outreach for the families.',
      source: { assessment: 'VASyR', indicator: 'households on 70 123 456' },
      sectors: ['SHELTER'],
      sensitivity: 'RESTRICTED',
      publish: true,
    });
    expect(errorCode(asked)).toBe('VALIDATION_FAILED');
    expect(hintsOf(asked).map((h) => [h.field, h.kind])).toEqual([
      ['input.title', 'UNHCR_CASE_NUMBER'],
      ['input.body', 'EMAIL'],
      ['input.source.indicator', 'PHONE_LEBANON'],
    ]);
    expect(hintsOf(asked)[0]).toMatchObject({ start: title.indexOf('LEB'), end: title.indexOf('LEB') + 'LEB-13C12345'.length });

    const question = expectData(await ops.questionPage(lead, questionId)).question;
    const edit = await ops.updateQuestion(lead, { id: questionId, version: question.version, body: 'Call 03 123 456 for details.' });
    expect(hintsOf(edit).map((h) => [h.field, h.kind])).toEqual([['input.body', 'PHONE_LEBANON']]);

    const comment = await ops.addComment(peer, 'QUESTION', questionId, 'Ask abu.ali@example.org about it.');
    expect(hintsOf(comment).map((h) => [h.field, h.kind])).toEqual([['input.body', 'EMAIL']]);

    const synthesis = await ops.publishSynthesis(lead, { questionId, version: question.version, body: 'Most evictions came from one landlord (03-123456).' });
    expect(hintsOf(synthesis).map((h) => [h.field, h.kind])).toEqual([['input.body', 'PHONE_LEBANON']]);
    // Nothing was saved.
    const after = expectData(await ops.questionPage(lead, questionId)).question;
    expect([after.version, after.comments.length, after.synthesisVersions.length]).toEqual([question.version, question.comments.length, 0]);
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

    const item = (await queue()).find((i) => i.targetId === held.id);
    expect(item).toMatchObject({ kind: 'CONTRIBUTION', heldFor: ['PHONE_LEBANON'], author: { id: author.user.id }, texts: [{ field: 'body', text: body }] });
    expect(item?.findings).toEqual([{ field: 'body', kind: 'PHONE_LEBANON', start: body.indexOf(phone), end: body.indexOf(phone) + phone.length }]);

    expect(expectData(await moderator.gql(DECIDE, { input: { kind: 'CONTRIBUTION', id: held.id, approve: true } }))).toEqual({ decideReview: { id: `contribution:${held.id}`, kind: 'CONTRIBUTION', review: 'APPROVED' } });
    expect(await visibleTo(peer)).toBe(true);
    expect((await queue()).map((i) => i.targetId)).not.toContain(held.id);
  });

  it('keeps a rejected contribution away from peers, tells its author why, and re-queues it when edited', async () => {
    const held = expectData(await ops.contribute(author, contribution({ postDespitePersonalData: true }))).contribute;
    expect(errorCode(await moderator.gql(DECIDE, { input: { kind: 'CONTRIBUTION', id: held.id, approve: false } }))).toBe('VALIDATION_FAILED');
    expectData(await moderator.gql(DECIDE, { input: { kind: 'CONTRIBUTION', id: held.id, approve: false, reason: 'Names a landlord by phone.' } }));
    expect(errorCode(await peer.gql('query($id: ID!) { contribution(id: $id) { id } }', { id: held.id }))).toBe('NOT_FOUND');
    const own = expectData(await author.gql<{ contribution: { review: string; reviewReason: string; version: number } }>('query($id: ID!) { contribution(id: $id) { review reviewReason version } }', { id: held.id })).contribution;
    expect(own).toMatchObject({ review: 'REJECTED', reviewReason: 'Names a landlord by phone.' });
    expect(errorCode(await moderator.gql(DECIDE, { input: { kind: 'CONTRIBUTION', id: held.id, approve: true } }))).toBe('NOT_FOUND');
    // Redacted by the author: back in the queue, still hidden from peers until a moderator looks again.
    expectData(await ops.updateContribution(author, { id: held.id, version: own.version, body: body.replace(phone, '[phone number removed]') }));
    expect(errorCode(await peer.gql('query($id: ID!) { contribution(id: $id) { id } }', { id: held.id }))).toBe('NOT_FOUND');
    expect((await queue()).find((i) => i.targetId === held.id)).toMatchObject({ kind: 'CONTRIBUTION', findings: [] });
  });

  it('holds questions, comments and synthesis versions posted anyway, out of lists, counts and search, until approved', async () => {
    const word = uniqueWord('held');
    const heldQuestion = expectData(
      await ops.askQuestion(lead, {
        title: `Why do ${word} families of case LEB-13C12345 move?`,
        body: 'Movement between districts.',
        purpose: 'To plan outreach for the families.',
        sectors: ['SHELTER'],
        sensitivity: 'RESTRICTED',
        publish: true,
        postDespitePersonalData: true,
      }),
    ).askQuestion;
    const heldComment = expectData(await ops.addComment(author, 'QUESTION', questionId, `Ask ${word} abu.ali@example.org about it.`, true)).addComment;
    const question = expectData(await ops.questionPage(lead, questionId)).question;
    expectData(await ops.publishSynthesis(lead, { questionId, version: question.version, body: `First synthesis: ${word} rents rose.` }));
    const afterFirst = expectData(await ops.questionPage(lead, questionId)).question;
    expectData(await ops.publishSynthesis(lead, { questionId, version: afterFirst.version, body: `Second synthesis: ${word} landlord on 03-123456.`, postDespitePersonalData: true, close: true }));
    await waitForSearchLagZero(hub);

    const seenBy = async (user: SignedInUser) => {
      const list = expectData(await ops.questions(user, { first: 100 })).questions;
      const page = expectData(await ops.questionPage(user, questionId)).question;
      const hits = expectData(await searchOps.search(user, { text: word, first: 50 })).search.hits;
      return {
        question: list.edges.some((e) => e.node.id === heldQuestion.id),
        questionCount: list.totalCount,
        comment: page.comments.some((c) => c.id === heldComment.id),
        synthesisVersions: page.synthesisVersions.map((s) => s.version),
        status: page.status,
        searchHits: hits.map((h) => h.id).sort(),
      };
    };
    const peerBefore = await seenBy(peer);
    expect(peerBefore).toMatchObject({ question: false, comment: false, synthesisVersions: [1], status: 'OPEN', searchHits: [`synthesis:${questionId}`] });
    expect(await seenBy(lead)).toMatchObject({ question: true, comment: false, synthesisVersions: [1, 2] });
    expect(await seenBy(author)).toMatchObject({ question: false, comment: true, synthesisVersions: [1] });
    expect(await seenBy(moderator)).toMatchObject({ question: true, comment: true, synthesisVersions: [1, 2] });
    expect(errorCode(await peer.gql('query($id: ID!) { question(id: $id) { id } }', { id: heldQuestion.id }))).toBe('NOT_FOUND');
    // Nobody contributes to a question a moderator has not approved.
    expect(errorCode(await ops.contribute(author, contribution({ questionId: heldQuestion.id, body: 'Rents rose.' })))).toBe('NOT_FOUND');

    const items = await queue();
    const byKind = (kind: string) => items.find((i) => i.kind === kind && (i.targetId === heldQuestion.id || i.targetId === heldComment.id || (i.targetId === questionId && kind === 'SYNTHESIS')));
    expect(byKind('QUESTION')).toMatchObject({ heldFor: ['UNHCR_CASE_NUMBER'], findings: [{ field: 'title', kind: 'UNHCR_CASE_NUMBER' }] });
    expect(byKind('COMMENT')).toMatchObject({ heldFor: ['EMAIL'], findings: [{ field: 'body', kind: 'EMAIL' }] });
    expect(byKind('SYNTHESIS')).toMatchObject({ synthesisVersion: 2, heldFor: ['PHONE_LEBANON'] });

    for (const input of [
      { kind: 'QUESTION', id: heldQuestion.id, approve: true },
      { kind: 'COMMENT', id: heldComment.id, approve: true },
      { kind: 'SYNTHESIS', id: questionId, synthesisVersion: 2, approve: true, reason: 'The number is the landlord’s office line.' },
    ]) {
      expectData(await moderator.gql(DECIDE, { input }));
    }
    await waitForSearchLagZero(hub);
    const peerAfter = await seenBy(peer);
    expect(peerAfter).toMatchObject({ question: true, questionCount: peerBefore.questionCount + 1, comment: true, synthesisVersions: [1, 2] });
    expect(peerAfter.searchHits).toEqual([`question:${heldQuestion.id}`, `synthesis:${questionId}`].sort());

    const audit = expectData(
      await (await makers(hub).user({ roles: ['PLATFORM_ADMIN'] })).gql<{ auditLog: { edges: Array<{ node: { targetType: string; details: string } }> } }>(
        '{ auditLog(filter: { actions: [MODERATION_DECISION] }, first: 50) { edges { node { targetType details } } } }',
      ),
    ).auditLog.edges.map((e) => e.node.targetType);
    expect(audit).toEqual(expect.arrayContaining(['QUESTION', 'COMMENT', 'SYNTHESIS', 'CONTRIBUTION']));
  });

  it('shows revision history with identifiers redacted to everyone but moderators', async () => {
    const created = expectData(await ops.contribute(author, contribution({ postDespitePersonalData: true }))).contribute;
    expectData(await ops.updateContribution(author, { id: created.id, version: created.version, body: 'Four families were evicted in May.' }));
    expectData(await moderator.gql(DECIDE, { input: { kind: 'CONTRIBUTION', id: created.id, approve: true } }));
    const history = async (user: SignedInUser) =>
      JSON.stringify(expectData(await user.gql('query($id: ID!) { contribution(id: $id) { revisions { changes { field before after } } } }', { id: created.id })));
    expect(await history(peer)).not.toContain(phone);
    expect(await history(peer)).toContain('[phone number removed]');
    expect(await history(moderator)).toContain(phone);
  });

  it('pages through the queue and refuses it to non-moderators', async () => {
    for (let i = 0; i < 3; i += 1) expectData(await ops.contribute(author, contribution({ postDespitePersonalData: true })));
    const all = await queue();
    const firstPage = expectData(await moderator.gql<{ reviewQueue: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: Array<{ node: { id: string } }> } }>('{ reviewQueue(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }')).reviewQueue;
    expect(firstPage.totalCount).toBe(all.length);
    expect(firstPage.pageInfo.hasNextPage).toBe(true);
    const rest = expectData(await moderator.gql<{ reviewQueue: { edges: Array<{ node: { id: string } }> } }>('query($after: String) { reviewQueue(first: 50, after: $after) { edges { node { id } } } }', { after: firstPage.pageInfo.endCursor })).reviewQueue;
    expect([...firstPage.edges, ...rest.edges].map((e) => e.node.id)).toEqual(all.map((i) => i.id));
    expect(errorCode(await peer.gql('{ reviewQueue { totalCount } }'))).toBe('FORBIDDEN');
    expect(errorCode(await lead.gql('{ reviewQueue { totalCount } }'))).toBe('FORBIDDEN');
  });
});
