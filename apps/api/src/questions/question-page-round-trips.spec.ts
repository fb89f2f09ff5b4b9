import type { CommandStartedEvent } from 'mongodb';
import { makers, SignedInUser } from '../testing/make';
import { expectData, ops } from '../testing/operations';
import { commandsDuring, startTestApp, TestApp } from '../testing/test-app';
import { readStrategyOf, storageKindOf } from '../database/by-id-queries';

/**
 * DataLoaders make the question page cost a fixed number of queries, whether it shows 5
 * contributions or 50 (with their authors, organisations, tags and comments). On MongoDB each kind
 * of record is one batched query. FerretDB serves only `_id` filters from an index (`_id` equality,
 * and `_id` lists on the hub's build), so there the batches are reads by `_id` alone
 * (database/by-id-queries.ts) and nothing else may read a collection that grows with content.
 */
describe('question page round trips', () => {
  let hub: TestApp;
  let make: ReturnType<typeof makers>;
  let lead: SignedInUser;
  let questionId: string;
  let reader: SignedInUser;

  async function addContributions(count: number): Promise<void> {
    for (let i = 0; i < count; i++) {
      // A new person in a new organisation each time, so authors and organisations really vary.
      const contributor = await make.user({ organisation: await make.organisation({ type: i % 2 ? 'NATIONAL_NGO' : 'INTERNATIONAL_NGO' }) });
      const id = expectData(
        await ops.contribute(contributor, {
          questionId,
          body: `Observation ${i} from the field about evictions and rent rises.`,
          places: ['LB25'],
          evidenceType: 'DIRECT_OBSERVATION',
          confidence: 'MEDIUM',
          language: 'en',
          sensitivity: 'RESTRICTED',
          anonymous: i % 3 === 0,
          tags: [`tag-${i % 4}`],
        }),
      ).contribute.id;
      expectData(await ops.addComment(lead, 'CONTRIBUTION', id, `Thanks (${i})`));
    }
  }

  /** Background work (the search outbox worker, synonym refresh) must not be counted as the page's. */
  async function searchIndexIdle(): Promise<void> {
    for (let attempt = 0; attempt < 200; attempt++) {
      const ready = (await (await fetch(`${hub.url}/ready`)).json()) as { search?: { lagMs?: number } };
      if (ready.search?.lagMs === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('the search index did not catch up');
  }

  /** Collections only timers touch (synonyms, scheduler leases, the export worker, notification jobs). */
  const BACKGROUND_COLLECTIONS = /^(tags|leases|export_(jobs|claims|chunks)|notification(s|_events|_state|_preferences))$/;
  const isBackgroundWork = (event: CommandStartedEvent) => {
    const collection = String(event.command[event.commandName] ?? '');
    return JSON.stringify(event.command).includes('searchSync') || BACKGROUND_COLLECTIONS.test(collection);
  };

  /** A read FerretDB answers from its primary key: a `find` whose filter is `{ _id: <value> }` or `{ _id: { $in: [...] } }` alone. */
  const isIndexRead = (event: CommandStartedEvent) => {
    const filter = event.command['filter'] as Record<string, unknown> | undefined;
    if (event.commandName !== 'find' || !filter || Object.keys(filter).join() !== '_id') return false;
    const value = filter['_id'];
    if (value && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).join() === '$in') return Array.isArray((value as { $in: unknown }).$in);
    return !(value && typeof value === 'object' && Object.keys(value).some((key) => key.startsWith('$')));
  };

  async function commandsForPage(): Promise<{ all: number; indexReads: number; others: string[] }> {
    await searchIndexIdle();
    const { result: page, commands } = await commandsDuring(hub, () => ops.questionPage(reader, questionId));
    expect(expectData(page).question.contributions.edges.length).toBeGreaterThan(0);
    const seen = commands.filter((event) => !isBackgroundWork(event));
    const others = seen.filter((event) => !isIndexRead(event)).map((event) => `${event.commandName} ${String(event.command[event.commandName])}`);
    return { all: seen.length, indexReads: seen.length - others.length, others: others.sort() };
  }

  beforeAll(async () => {
    hub = await startTestApp();
    make = makers(hub);
    lead = await make.user({ roles: ['SECTOR_LEAD'], leadSectors: ['SHELTER'] });
    reader = await make.user({ roles: ['ANALYST'] });
    questionId = expectData(
      await ops.askQuestion(lead, {
        title: 'Are evictions in the last six months linked to rent rises?',
        body: 'Eviction notices rose in Zahle.',
        purpose: 'To target shelter cash assistance where evictions cluster.',
        sectors: ['SHELTER'],
        places: ['LB25'],
        sensitivity: 'RESTRICTED',
        publish: true,
      }),
    ).askQuestion.id;
    expectData(await ops.addComment(lead, 'QUESTION', questionId, 'Please add observations from Bar Elias.'));
  });

  afterAll(async () => {
    await hub.close();
  });

  it('costs the same queries for 5 and for 50 contributions (on FerretDB, reads by _id alone)', async () => {
    const kind = await storageKindOf(hub.connection);
    const strategy = await readStrategyOf(hub.connection);
    await addContributions(5);
    const withFive = await commandsForPage();
    await addContributions(45);
    const withFifty = await commandsForPage();
    // Whatever is not a read by _id alone is the same list of queries for 5 and for 50.
    expect(withFifty.others).toEqual(withFive.others);
    if (strategy === 'point-reads') {
      // A FerretDB without the hub's id-list patch: one read per record.
      expect(withFifty.indexReads).toBeGreaterThan(withFive.indexReads);
    } else {
      // One batched query per kind of record, plus the actor's session.
      expect(withFifty.all).toBe(withFive.all);
      expect(withFive.all).toBeLessThanOrEqual(10);
    }
    if (kind === 'ferretdb') {
      // No query of the page scans a collection that grows with content.
      expect(withFive.others.filter((command) => /questions|contributions|comments|follows|users|organisations/.test(command))).toEqual([]);
    }
  });
});
