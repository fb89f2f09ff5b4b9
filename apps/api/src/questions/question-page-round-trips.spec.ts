import type { CommandStartedEvent } from 'mongodb';
import { makers, SignedInUser } from '../testing/make';
import { expectData, ops } from '../testing/operations';
import { startTestApp, TestApp } from '../testing/test-app';

/**
 * DataLoaders make the question page cost a fixed number of database commands, whether it shows
 * 5 contributions or 50 (with their authors, organisations, tags and comments).
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

  const isBackgroundWork = (event: CommandStartedEvent) => {
    const text = JSON.stringify(event.command);
    return text.includes('searchSync') || event.command['find'] === 'tags' || event.command['find'] === 'leases';
  };

  async function commandsForPage(): Promise<number> {
    await searchIndexIdle();
    const client = hub.connection.getClient();
    const seen: string[] = [];
    const listener = (event: CommandStartedEvent) => {
      if (event.databaseName === hub.dbName && !isBackgroundWork(event)) seen.push(event.commandName);
    };
    client.on('commandStarted', listener);
    try {
      const page = expectData(await ops.questionPage(reader, questionId)).question;
      expect(page.contributions.edges.length).toBeGreaterThan(0);
    } finally {
      client.off('commandStarted', listener);
    }
    return seen.length;
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

  it('costs the same number of commands for 5 and for 50 contributions', async () => {
    await addContributions(5);
    const withFive = await commandsForPage();
    await addContributions(45);
    const withFifty = await commandsForPage();
    expect(withFifty).toBe(withFive);
    // And the number is small: one batched query per kind of record, plus the actor's session.
    expect(withFive).toBeLessThanOrEqual(14);
  });
});
