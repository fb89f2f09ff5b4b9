import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import mongoose, { type Connection, type Schema } from 'mongoose';
import { ContributionSchema } from '../contributions/contribution.schema';
import { QuestionSchema } from '../questions/question.schema';
import { startApiProcess, type ApiProcess } from '../testing/api-process';
import { makers, type SignedInUser } from '../testing/make';
import { expectData, ops } from '../testing/operations';
import { searchOps, uniqueWord, waitFor } from '../testing/search-operations';
import { startTestApp, testMongoUri, type GraphQLResponse } from '../testing/test-app';

type Caller = { gql: SignedInUser['gql'] };
type Kind = 'question' | 'contribution';

interface Write {
  kind: Kind;
  word: string;
  /** Set when the API answered with the new id: the write was acknowledged. */
  id?: string;
  /** The request got no answer: the process died with it in flight. */
  unanswered?: boolean;
}

/**
 * The same user, talking to whichever API process is running now. Each request's `flushed` promise
 * settles once its whole body is handed to the socket: the server has it, or is about to.
 */
function callerAt(url: () => string, user: SignedInUser, flushed: Array<Promise<void>> = []): Caller {
  return {
    gql<T>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
      const body = JSON.stringify({ query, variables });
      let sent!: () => void;
      flushed.push(new Promise<void>((done) => (sent = done)));
      return new Promise((resolve, reject) => {
        const req = request(`${url()}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: `Bearer ${user.token}` } }, (response) => {
          let text = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => (text += chunk));
          response.on('end', () => {
            try {
              resolve(JSON.parse(text) as GraphQLResponse<T>);
            } catch (error) {
              reject(error as Error);
            }
          });
          response.on('error', reject);
        });
        req.on('finish', sent);
        req.on('error', (error) => {
          sent();
          reject(error);
        });
        req.end(body);
      });
    },
  } as Caller;
}

/** Schema problems of every stored document: a half-written one misses required fields. */
async function invalidDocuments(connection: Connection, collection: string, schema: Schema): Promise<string[]> {
  const model = connection.model(`check_${collection}`, schema, collection);
  const raw = await connection.collection(collection).find({}).toArray();
  const problems: string[] = [];
  for (const document of raw) {
    await model
      .hydrate(document)
      .validate()
      .catch((error: Error) => problems.push(`${collection} ${String(document['_id'])}: ${error.message}`));
  }
  return problems;
}

const BURST = 160;
const IN_FLIGHT = 12;
const KILL_AFTER = 30;
/** Writes sent together right before the kill, so some are surely in flight when it lands. */
const LAST_VOLLEY = 12;

/**
 * The API killed with SIGKILL in the middle of a burst of writes (no shutdown hook runs): after a
 * restart on the same database, every acknowledged write is there and complete, and the pending
 * index work completes — reconciliation finds no difference and every write is searchable.
 */
describe('API killed with SIGKILL during a burst of writes', () => {
  const dbName = `t_${randomBytes(6).toString('hex')}`;
  const env = { MONGODB_URI: testMongoUri(), MONGODB_DB: dbName, HUB_JWT_SECRET: randomBytes(32).toString('hex') };
  let api: ApiProcess | undefined;
  let connection: Connection;

  afterAll(async () => {
    await api?.stop();
    await connection?.dropDatabase().catch(() => undefined);
    await connection?.close();
  });

  it('keeps every acknowledged write, leaves nothing half-written, and indexes it all after a restart', async () => {
    // Users and a question, made in-process; the API process then takes over the database.
    const setup = await startTestApp({ MONGODB_DB: dbName, HUB_JWT_SECRET: env.HUB_JWT_SECRET });
    const make = makers(setup);
    const people = {
      lead: await make.user({ roles: ['SECTOR_LEAD'], leadSectors: ['EDU'] }),
      admin: await make.user({ roles: ['PLATFORM_ADMIN'] }),
      contributors: await Promise.all([1, 2, 3].map(() => make.user())),
    };
    const question = expectData(
      await ops.askQuestion(people.lead, { title: 'Why did school enrolment fall in Akkar?', body: 'Body.', purpose: 'To plan catch-up classes.', sectors: ['EDU'], sensitivity: 'PUBLIC', publish: true }),
    ).askQuestion;
    await setup.app.close(); // keeps the database

    api = await startApiProcess(env);
    const url = () => (api as ApiProcess).url;
    const flushed: Array<Promise<void>> = [];
    const lead = callerAt(url, people.lead, flushed);
    const admin = callerAt(url, people.admin);
    const contributors = people.contributors.map((user) => callerAt(url, user, flushed));

    const writes: Write[] = Array.from({ length: BURST }, (_, i) => ({ kind: i % 5 === 0 ? 'question' : 'contribution', word: uniqueWord('kill') }));
    const send = async (write: Write, i: number): Promise<string> =>
      write.kind === 'question'
        ? expectData(await ops.askQuestion(lead, { title: `${write.word} why did rents rise?`, body: `${write.word} body`, purpose: 'To plan shelter.', sectors: ['EDU'], sensitivity: 'PUBLIC', publish: true })).askQuestion.id
        : expectData(await ops.contribute(contributors[i % contributors.length], { questionId: question.id, body: `${write.word} families moved in with relatives.`, evidenceType: 'DIRECT_OBSERVATION', confidence: 'LOW', language: 'en', sensitivity: 'PUBLIC' })).contribute.id;

    let next = 0;
    let acknowledged = 0;
    let killed: Promise<void> | undefined;
    const settle = async (write: Write, i: number) => {
      try {
        write.id = await send(write, i);
        acknowledged++;
      } catch (error) {
        if (!killed) throw error; // before the kill, every write must succeed
        write.unanswered = true;
      }
    };
    // The workers' own requests may all have been answered by the time the client sees the 30th
    // answer (a slow client on a busy machine): a last volley is sent, and the process killed the
    // moment the volley's last request has reached the socket, long before it can all be answered.
    const volleyAndKill = async () => {
      flushed.length = 0;
      const volley = Array.from({ length: LAST_VOLLEY }, () => next++).map((i) => settle(writes[i], i));
      await Promise.all(flushed);
      await (api as ApiProcess).kill();
      await Promise.all(volley);
    };
    const worker = async () => {
      while (!killed && next < writes.length) {
        const i = next++;
        await settle(writes[i], i);
        if (acknowledged >= KILL_AFTER && !killed) killed = volleyAndKill();
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
    await killed;
    const acked = writes.filter((w) => w.id);
    const unanswered = writes.filter((w) => w.unanswered);
    expect(acked.length).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(acked.length).toBeLessThan(BURST); // it really died mid-burst...
    expect(unanswered.length).toBeGreaterThan(0); // ...with writes in flight

    api = await startApiProcess(env);
    connection = await mongoose.createConnection(env.MONGODB_URI, { dbName }).asPromise();

    // Every acknowledged write is in MongoDB, and no document is half-written.
    const stored = async (kind: Kind) =>
      new Set((await connection.collection(`${kind}s`).find({}, { projection: { _id: 1 } }).toArray()).map((d) => String(d['_id'])));
    const storedIds = { question: await stored('question'), contribution: await stored('contribution') };
    expect(acked.filter((w) => !storedIds[w.kind].has(w.id as string)).map((w) => w.id)).toEqual([]);
    expect([...(await invalidDocuments(connection, 'questions', QuestionSchema)), ...(await invalidDocuments(connection, 'contributions', ContributionSchema))]).toEqual([]);
    // Every stored document, including any from a write that never got its answer, reads through the API.
    const unreadable: string[] = [];
    for (const id of storedIds.question) {
      const read = await admin.gql<{ question: { id: string; bodyHtml: string } }>('query($id: ID!) { question(id: $id) { id title bodyHtml status } }', { id });
      if (read.errors) unreadable.push(`question ${id}: ${JSON.stringify(read.errors)}`);
    }
    for (const id of storedIds.contribution) {
      const read = await admin.gql('query($id: ID!) { contribution(id: $id) { id bodyHtml evidenceType author { organisationType } } }', { id });
      if (read.errors) unreadable.push(`contribution ${id}: ${JSON.stringify(read.errors)}`);
    }
    expect(unreadable).toEqual([]);

    // The pending index work completes: nothing in the outbox, and the index matches MongoDB by ids and versions.
    await waitFor(async () => (await (await fetch(`${url()}/ready`)).json()) as { search: { lagMs: number | null } }, (body) => body.search.lagMs === 0, 60_000, 'search lag 0 after the restart');
    expect(expectData(await searchOps.searchReconciliation(admin)).searchReconciliation).toEqual({ missing: [], stale: [], extra: [] });

    // Each acknowledged write is found by its word; an unanswered one, when it was stored, too.
    const bodies = await connection.collection('contributions').find({}, { projection: { body: 1 } }).toArray();
    const titles = await connection.collection('questions').find({}, { projection: { title: 1 } }).toArray();
    const storedText = [...bodies.map((d) => String(d['body'])), ...titles.map((d) => String(d['title']))].join('\n');
    const mustBeFound = [...acked, ...unanswered.filter((w) => storedText.includes(w.word))];
    const notFound: string[] = [];
    for (const write of mustBeFound) {
      const { search } = expectData(await searchOps.search(admin, { text: write.word }));
      // Typo tolerance may also find another burst word one or two letters away: the write must be among the hits.
      const hits = search.hits.map((h) => h.id);
      const expected = write.id ? hits.includes(`${write.kind}:${write.id}`) : hits.some((id) => id.startsWith(`${write.kind}:`));
      if (!expected) notFound.push(`${write.kind} ${write.word}: ${search.totalCount} hits (${hits.join(', ')})`);
    }
    expect(notFound).toEqual([]);
  }, 240_000);
});
