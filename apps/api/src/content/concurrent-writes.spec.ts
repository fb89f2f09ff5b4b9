import { getModelToken } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { ContributionRecord } from '../contributions/contribution.schema';
import { makers, SignedInUser } from '../testing/make';
import { expectData, ops } from '../testing/operations';
import { searchOps, waitForSearchLagZero } from '../testing/search-operations';
import { startTestApp, TestApp } from '../testing/test-app';

/**
 * Many people writing at once, on the real database: FerretDB applies an update as
 * read-modify-write, so two writes to one document in the same instant could both read the old
 * document and one would undo the other. Writes to one document take turns in the API
 * (content-write-queue.ts) while writes to different documents overlap; nothing may be lost.
 */
describe('concurrent writes', () => {
  let hub: TestApp;
  let make: ReturnType<typeof makers>;
  let lead: SignedInUser;
  let admin: SignedInUser;
  let voters: SignedInUser[];
  let authors: SignedInUser[];

  beforeAll(async () => {
    hub = await startTestApp();
    make = makers(hub);
    lead = await make.user({ roles: ['SECTOR_LEAD'], leadSectors: ['PROT'] });
    admin = await make.user({ roles: ['PLATFORM_ADMIN'] });
    voters = [];
    for (let i = 0; i < 16; i++) voters.push(await make.user());
    authors = [await make.user(), await make.user()];
  });

  afterAll(async () => {
    await hub?.close();
  });

  const ask = async (title: string, body: string) =>
    expectData(await ops.askQuestion(lead, { title, body, purpose: 'To plan the response with partners.', sectors: ['PROT'], places: ['LB11'], sensitivity: 'PUBLIC', publish: true })).askQuestion;

  const contribution = (questionId: string, body: string, as: SignedInUser) =>
    ops.contribute(as, { questionId, body, places: ['LB11'], evidenceType: 'DIRECT_OBSERVATION', confidence: 'MEDIUM', language: 'en', sensitivity: 'PUBLIC', anonymous: false, tags: [] });

  it('counts every vote and lists every contribution sent at the same moment', async () => {
    const question = await ask('Why did child labour rise in Akkar this year?', 'The VASyR shows more working children aged 10 to 14.');
    const first = expectData(await contribution(question.id, 'Families took children out of school for the harvest.', authors[0])).contribute;
    const second = expectData(await contribution(question.id, 'Transport costs to school doubled in the spring.', authors[1])).contribute;

    // Every voter votes on both contributions, and six of them contribute too, all at once.
    const writes = await Promise.all([
      ...voters.flatMap((voter) => [ops.markHelpful(voter, first.id), ops.markHelpful(voter, second.id)]),
      ...voters.slice(0, 6).map((author, i) => contribution(question.id, `Field note ${i}: more children at work in the fields.`, author)),
    ]);
    for (const response of writes) expectData<unknown>(response);

    const page = expectData(await ops.questionPage(lead, question.id)).question;
    expect(page.contributions.totalCount).toBe(8);
    const helpful = new Map(page.contributions.edges.map(({ node }) => [node.id, node.helpfulCount]));
    expect(helpful.get(first.id)).toBe(voters.length);
    expect(helpful.get(second.id)).toBe(voters.length);

    // Stored: each vote once, and the count agrees with the voters.
    const contributions = hub.app.get<Model<ContributionRecord>>(getModelToken(ContributionRecord.name));
    for (const id of [first.id, second.id]) {
      const stored = await contributions.findById(id, { helpfulBy: 1, helpfulCount: 1, version: 1 }).lean();
      expect(new Set(stored?.helpfulBy.map(String)).size).toBe(voters.length);
      expect(stored?.helpfulCount).toBe(voters.length);
      expect(stored?.version).toBe(1 + voters.length);
    }

    // The search worker's outbox writes ran beside the votes; the index ends up with every version.
    await waitForSearchLagZero(hub);
    expect(expectData(await searchOps.searchReconciliation(admin)).searchReconciliation).toEqual({ missing: [], stale: [], extra: [] });
  });

  it('keeps an edit made while others vote on the same contribution', async () => {
    const question = await ask('Are evictions in Tripoli linked to rent rises?', 'Eviction notices rose in the last six months.');
    const created = expectData(await contribution(question.id, 'Landlords raised rents by a third.', authors[0])).contribute;
    const [edit] = await Promise.all([
      ops.updateContribution(authors[0], { id: created.id, version: created.version, body: 'Landlords raised rents by a third, in dollars.' }),
      ...voters.map((voter) => ops.markHelpful(voter, created.id)),
    ]);
    // The edit either went first or met a newer version; either way no write is half applied.
    const page = expectData(await ops.questionPage(lead, question.id)).question;
    const node = page.contributions.edges[0].node;
    expect(node.helpfulCount).toBe(voters.length);
    if (edit.errors?.length) {
      expect(edit.errors[0].extensions?.['code']).toBe('CONFLICT');
      expect(node.body).toBe('Landlords raised rents by a third.');
    } else {
      expect(node.body).toBe('Landlords raised rents by a third, in dollars.');
    }
    await waitForSearchLagZero(hub);
    expect(expectData(await searchOps.searchReconciliation(admin)).searchReconciliation).toEqual({ missing: [], stale: [], extra: [] });
  });
});
