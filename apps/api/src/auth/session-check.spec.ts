import { makers, type SignedInUser } from '../testing/make';
import { commandsDuring, startTestApp, type TestApp } from '../testing/test-app';

/**
 * Each operation checks the caller's session (a read of the user and one of the session). A query's
 * root fields run together and share one check; a mutation's run in turn, and each checks again, so
 * a field after `signOut` in the same mutation is refused.
 */
describe('session check per operation', () => {
  let hub: TestApp;
  let member: SignedInUser;

  beforeAll(async () => {
    hub = await startTestApp();
    member = await makers(hub).user();
  });

  afterAll(async () => {
    await hub.close();
  });

  /** The `sessions` reads made while `run` ran. */
  const sessionReads = async (run: () => Promise<unknown>) =>
    (await commandsDuring(hub, run)).commands.filter((event) => event.commandName === 'find' && event.command['find'] === 'sessions').length;

  it('checks the session once for a query with four root fields', async () => {
    let answer: Awaited<ReturnType<SignedInUser['gql']>> | undefined;
    const reads = await sessionReads(async () => {
      answer = await member.gql('query { sectors { code } cohorts { code } unreadNotificationCount notificationPreferences { email } }');
    });
    expect(answer?.errors).toBeUndefined();
    expect(answer?.data).toMatchObject({ sectors: expect.any(Array), cohorts: expect.any(Array), unreadNotificationCount: 0 });
    expect(reads).toBe(1);
  });

  it('checks it again for each field of a mutation, so nothing runs after signOut', async () => {
    const other = await makers(hub).user();
    let answer: Awaited<ReturnType<SignedInUser['gql']>> | undefined;
    const reads = await sessionReads(async () => {
      answer = await other.gql('mutation { first: markNotificationsRead(all: true) signOut after: markNotificationsRead(all: true) }');
    });
    expect(reads).toBe(3);
    // The fields are non-null, so the refusal of the last one nulls the answer's data.
    expect(answer?.errors?.map((error) => [error.path, error.extensions?.['code']])).toEqual([[['after'], 'UNAUTHENTICATED']]);
    // The first two ran: the session is over.
    expect((await other.gql('query { unreadNotificationCount }')).errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('refuses a query with several fields when the session has ended', async () => {
    const other = await makers(hub).user();
    expect((await other.gql('mutation { signOut }')).data).toEqual({ signOut: true });
    const answer = await other.gql('query { unreadNotificationCount notificationPreferences { email } }');
    expect(answer.data).toBeNull();
    expect(answer.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });
});
