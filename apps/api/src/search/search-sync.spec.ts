import { SEARCH_ENGINE } from './search-engine.port';
import { FaultInjectingSearchEngine } from './fault-injecting-search.engine';
import { makers, SignedInUser } from '../testing/make';
import { expectData, ops } from '../testing/operations';
import { searchOps, searchUntil, uniqueWord, waitFor, waitForSearchLagZero } from '../testing/search-operations';
import { startTestApp, TestApp } from '../testing/test-app';

/** The outbox, the worker and rebuilds: nothing written is lost, whatever the engine does. */
describe('search sync', () => {
  let hub: TestApp;
  let lead: SignedInUser;
  let contributor: SignedInUser;
  let admin: SignedInUser;

  beforeAll(async () => {
    hub = await startTestApp({ HUB_SEARCH_FAULT_INJECTION: '1' });
    const make = makers(hub);
    lead = await make.user({ roles: ['SECTOR_LEAD'], leadSectors: ['EDU'] });
    contributor = await make.user();
    admin = await make.user({ roles: ['PLATFORM_ADMIN'] });
  });

  afterAll(async () => {
    await hub?.close();
  });

  async function ask(title: string, by = lead) {
    return expectData(await ops.askQuestion(by, { title, body: 'Body of the question.', purpose: 'To plan the response.', sectors: ['EDU'], sensitivity: 'PUBLIC', publish: true })).askQuestion;
  }

  const reconcile = async () => expectData(await searchOps.searchReconciliation(admin)).searchReconciliation;

  it('loses nothing when the engine is unavailable during a burst of writes', async () => {
    const engine = hub.app.get<FaultInjectingSearchEngine>(SEARCH_ENGINE);
    const word = uniqueWord('fault');
    const question = await ask(`${word} burst question`);
    await waitForSearchLagZero(hub);
    engine.unavailable = true;
    try {
      const writes = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          ops.contribute(contributor, { questionId: question.id, body: `${word} observation ${i}`, evidenceType: 'DIRECT_OBSERVATION', confidence: 'LOW', language: 'en', sensitivity: 'PUBLIC' }),
        ),
      );
      // Every write succeeds while the engine is down: the pending work is in MongoDB.
      expect(writes.map((w) => w.errors)).toEqual(Array(50).fill(undefined));
      expect(expectData(await searchOps.searchIndexStatus(admin)).searchIndexStatus.lagMs).toBeGreaterThan(0);
    } finally {
      engine.unavailable = false;
    }
    await waitForSearchLagZero(hub);
    expect(await reconcile()).toEqual({ missing: [], stale: [], extra: [] });
    const results = await searchUntil(contributor, { text: word }, (r) => r.totalCount === 51);
    expect(results.totalCount).toBe(51);
  });

  it('rebuilds on request and swaps the new index in without an empty window', async () => {
    const word = uniqueWord('swap');
    await ask(`${word} before the rebuild`);
    await searchUntil(contributor, { text: word }, (r) => r.totalCount === 1);
    expect(expectData(await searchOps.reindexSearch(admin)).reindexSearch.state).toMatch(/REBUILDING|READY/);
    // Every search during the rebuild still finds the question.
    const seen = await waitFor(
      async () => ({
        count: expectData(await searchOps.search(contributor, { text: word })).search.totalCount,
        status: expectData(await searchOps.searchIndexStatus(admin)).searchIndexStatus,
      }),
      (probe) => probe.count !== 1 || (probe.status.state === 'READY' && probe.status.finishedAt !== null),
    );
    expect(seen.count).toBe(1);
    expect(seen.status.indexed).toBe(seen.status.total);
    expect(await reconcile()).toEqual({ missing: [], stale: [], extra: [] });
  });

  it('refuses reindexing and reconciliation to anyone but platform admins', async () => {
    expect((await searchOps.reindexSearch(lead)).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect((await searchOps.searchReconciliation(contributor)).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });
});

describe('search sync across a crash', () => {
  it('leaves pending work for the next instance when one stops before draining it', async () => {
    const first = await startTestApp();
    const make = makers(first);
    const lead = await make.user({ roles: ['SECTOR_LEAD'], leadSectors: ['EDU'] });
    // Stop the worker as a crash would, then write: the work stays pending in MongoDB.
    const { SearchSyncWorker } = await import('./search-sync.worker');
    await first.app.get(SearchSyncWorker).stop();
    const word = uniqueWord('crash');
    const question = expectData(
      await ops.askQuestion(lead, { title: `${word} after the crash`, body: 'Body.', purpose: 'To plan the response.', sectors: ['EDU'], sensitivity: 'PUBLIC', publish: true }),
    ).askQuestion;
    const pending = await first.connection.collection('questions').countDocuments({ 'searchSync.pending': true });
    expect(pending).toBeGreaterThan(0);
    await first.app.close(); // keeps the database

    const second = await startTestApp({ MONGODB_DB: first.dbName });
    try {
      const anonymous = { gql: second.gql };
      const found = await searchUntil(anonymous, { text: word }, (r) => r.totalCount === 1);
      expect(found.hits[0].id).toBe(`question:${question.id}`);
      await waitForSearchLagZero(second);
    } finally {
      await second.close();
    }
  });
});
