import { randomBytes } from 'node:crypto';
import { makers, SignedInUser } from '../testing/make';
import { errorCode, expectData, ops } from '../testing/operations';
import { startTestApp, TestApp } from '../testing/test-app';
import { LeasesRepository } from '../scheduler/leases.repository';
import { SchedulerService } from '../scheduler/scheduler.service';
import { RETENTION_JOB } from './retention.job';

/** Two API instances on one database: each retention window runs once, and expired items are archived. */
describe('retention job', () => {
  let first: TestApp;
  let second: TestApp;
  let lead: SignedInUser;
  let contributor: SignedInUser;
  let peer: SignedInUser;
  let moderator: SignedInUser;

  beforeAll(async () => {
    const db = `t_${randomBytes(6).toString('hex')}`;
    first = await startTestApp({ MONGODB_DB: db });
    second = await startTestApp({ MONGODB_DB: db });
    const make = makers(first);
    lead = await make.user({ roles: ['SECTOR_LEAD'], leadSectors: ['EDU'] });
    contributor = await make.user();
    peer = await make.user();
    moderator = await make.user({ roles: ['MODERATOR'] });
  });

  afterAll(async () => {
    await second.app.close();
    await first.close();
  });

  it('archives expired questions and contributions once, whichever instance wins the lease', async () => {
    const soon = new Date(Date.now() + 60_000).toISOString();
    const ask = (expiresAt: string | null) =>
      ops.askQuestion(lead, { title: 'How many children left school this spring?', body: 'b', purpose: 'To plan catch-up classes.', sectors: ['EDU'], sensitivity: 'RESTRICTED', publish: true, expiresAt });
    const expiring = expectData(await ask(soon)).askQuestion;
    const kept = expectData(await ask(null)).askQuestion;
    const answer = (questionId: string, expiresAt: string | null) =>
      ops.contribute(contributor, { questionId, body: 'Many boys work.', evidenceType: 'DIRECT_OBSERVATION', confidence: 'LOW', language: 'en', sensitivity: 'RESTRICTED', expiresAt });
    const ofExpiring = expectData(await answer(expiring.id, null)).contribute;
    const expiringAnswer = expectData(await answer(kept.id, soon)).contribute;
    const keptAnswer = expectData(await answer(kept.id, null)).contribute;

    const later = new Date(Date.now() + 120_000);
    const outcomes = await Promise.all([first.app.get(SchedulerService).tick(RETENTION_JOB, later), second.app.get(SchedulerService).tick(RETENTION_JOB, later)]);
    expect(outcomes.filter((o) => o !== null)).toEqual([{ questions: 1, contributions: 2 }]);
    expect(await first.app.get(LeasesRepository).countFor(RETENTION_JOB)).toBe(1);
    // The next window runs again, finding nothing new.
    expect(await second.app.get(SchedulerService).tick(RETENTION_JOB, new Date(later.getTime() + 16 * 60_000))).toEqual({ questions: 0, contributions: 0 });

    expect(errorCode(await ops.questionPage(peer, expiring.id))).toBe('NOT_FOUND');
    expect(errorCode(await peer.gql('query($id: ID!) { contribution(id: $id) { id } }', { id: ofExpiring.id }))).toBe('NOT_FOUND');
    const page = expectData(await ops.questionPage(peer, kept.id)).question;
    expect(page.contributions.edges.map((e) => e.node.id)).toEqual([keptAnswer.id]);
    expect(page.contributionCount).toBe(1);
    // Managers still read what was archived.
    for (const manager of [lead, moderator, contributor]) {
      const archived = expectData(await manager.gql<{ contribution: { archivedAt: string | null } }>('query($id: ID!) { contribution(id: $id) { archivedAt } }', { id: expiringAnswer.id })).contribution;
      expect(archived.archivedAt).not.toBeNull();
    }
    const audit = await first.connection.db?.collection('audit_log').countDocuments({ action: 'CONTENT_EXPIRED' });
    expect(audit).toBe(2);
  });
});
