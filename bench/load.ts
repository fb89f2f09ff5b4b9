/**
 * Load benchmark through the built API (`npm run bench:load` builds it first): its own
 * FerretDB with the generated corpus of bench/search.ts, N signed-in members, then a realistic mix
 * at concurrency 1, 10 and 50 — 70% reads (the web's question page and search operations, half
 * each), 20% follows, helpful votes and comments, 10% new contributions — each level bounded in
 * time and requests, loopback only. Afterwards every accepted write must be in MongoDB and every
 * accepted contribution searchable (`lost_writes`). Then a CPU profile of the question page (or of a search) says
 * what validation, DataLoaders, GraphQL and the rest cost. Writes bench/results/load.json.
 *
 * Size and shape from the environment (defaults: the issue's corpus):
 *   BENCH_QUESTIONS=10000 BENCH_CONTRIBUTIONS=100000 BENCH_USERS=50 BENCH_SECONDS=20
 *   BENCH_USERS_SECONDS=60 (each users level: about 200 question pages and searches at 10 users, so
 *   a p95 is not decided by three samples) BENCH_USERS_ROUNDS=3 (the users levels run this many
 *   times, one round after another; the published p95s are the worst round's)
 *   BENCH_WARMUP_SECONDS=20 (10 in flight, unmeasured: a server in service has its code compiled by
 *   V8; a cold one spends twice the CPU a request)
 *   BENCH_LEVELS=1,10,50 BENCH_MAX_REQUESTS=20000 (per level) BENCH_PROFILE_SECONDS=10
 *   BENCH_THINK_MS=1000 (a user's mean think time between actions; 0 runs only the closed loop)
 *   BENCH_MIX=questionPage:100 (operations and weights, to isolate one) BENCH_RESULTS=<file>
 *   BENCH_PROFILE_OPERATION=questionPage (or search: the operation the CPU profile runs)
 *   HUB_FERRETDB_DEBUG_ADDR=127.0.0.1:8089 (FerretDB's pprof, for `go tool pprof` during a level)
 * e.g. a quick run: BENCH_QUESTIONS=500 BENCH_CONTRIBUTIONS=5000 BENCH_SECONDS=5 npm run bench:load
 *
 * The API's rate limits are raised for the run (HUB_RATE_LIMIT_*=1000000/60): fifty simulated
 * people share one loopback address, and the limits are tested by apps/api/src/security.
 */
import { randomBytes } from 'node:crypto';
import { cpus, totalmem } from 'node:os';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { type Db, MongoClient, ObjectId } from 'mongodb';
import { generateCorpus, prng, type QueryType } from './corpus';
import { summariseProfile, type ProfileSummary } from './lib/cpu-profile-summary';
import { API_MAIN, corpusRecords, gql, loadRecords, log, percentile, postGraphQL, processCpuMs, processMemory, ROOT, round, sleep, startBenchDatabase, startBuiltApi, toSearchInput, type BenchApi } from './lib/hub';
import { webOperation } from './lib/web-operations';

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const QUESTIONS = env('BENCH_QUESTIONS', 10_000);
const CONTRIBUTIONS = env('BENCH_CONTRIBUTIONS', 100_000);
const USERS = env('BENCH_USERS', 50);
const SECONDS = env('BENCH_SECONDS', 20);
const USERS_SECONDS = env('BENCH_USERS_SECONDS', 60);
const WARMUP_SECONDS = env('BENCH_WARMUP_SECONDS', 20);
const MAX_REQUESTS = env('BENCH_MAX_REQUESTS', 20_000);
const PROFILE_SECONDS = env('BENCH_PROFILE_SECONDS', 10);
/** How many of each level's slowest requests the results keep. */
const SLOWEST_KEPT = 8;
const LEVELS = (process.env['BENCH_LEVELS'] ?? '1,10,50').split(',').map(Number);
/**
 * The users levels run in rounds (1, 10, 50 users, then again), so that a published p95 is not one
 * minute's luck: stalls (a major garbage collection, a disk sync held up) come a few times a minute,
 * and one more or less moves a 200-sample p95. The published keys take the worst round.
 */
const USERS_ROUNDS = env('BENCH_USERS_ROUNDS', 3);
/**
 * A person reads a page before the next action: each simulated user waits a think time drawn
 * uniformly between half and one and a half times this (as TPC-C's terminals do, far shorter than
 * theirs). The same levels then run again without it, back to back: N requests always in flight,
 * what the two cores can take at most (the "saturation" levels).
 */
const THINK_MS = env('BENCH_THINK_MS', 1000);
const INDEX_LAG_TIMEOUT_MS = env('BENCH_INDEX_TIMEOUT_S', 300) * 1000;
/** The API's scheduler first ticks a minute after boot (TICK_MS in scheduler/scheduler.service.ts); the levels start once that tick's jobs are done. */
const FIRST_TICK_MS = 60_000;
const QUIET_WAIT_MAX_MS = env('BENCH_QUIET_WAIT_S', 600) * 1000;
const ADMIN = { email: 'bench-admin@example.org', password: randomBytes(12).toString('hex') };
const RAISED_LIMIT = '1000000/60';
/** The read the CPU profile runs back to back: the question page (published) or a search. */
const PROFILE_OPERATION = process.env['BENCH_PROFILE_OPERATION'] ?? 'questionPage';
if (PROFILE_OPERATION !== 'questionPage' && PROFILE_OPERATION !== 'search') throw new Error('BENCH_PROFILE_OPERATION: questionPage or search');
/** Where the results go; a run with another shape (BENCH_MIX, a smaller corpus) is best written elsewhere. */
const RESULTS = process.env['BENCH_RESULTS'] ?? join(ROOT, 'bench/results/load.json');

const QUESTION_PAGE = webOperation('QuestionPage', ['apps/web/src/features/questions/graphql/question-page.operations.ts']);
const SEARCH = webOperation('Search', ['apps/web/src/features/search/graphql/search.operations.ts']);
const SET_FOLLOWING = webOperation('SetFollowing', ['apps/web/src/features/questions/graphql/question-page.operations.ts']);
const MARK_HELPFUL = webOperation('MarkHelpful', ['apps/web/src/features/questions/graphql/question-page.operations.ts']);
const ADD_COMMENT = webOperation('AddComment', ['apps/web/src/features/questions/graphql/question-page.operations.ts']);
const CONTRIBUTE = webOperation('Contribute', ['apps/web/src/features/questions/graphql/question-page.operations.ts']);

type Operation = 'questionPage' | 'search' | 'follow' | 'vote' | 'comment' | 'contribute';
/** The issue's mix: 70% question pages and searches, 20% follows, votes and comments, 10% contributions. */
const ISSUE_MIX: Array<[Operation, number]> = [
  ['questionPage', 35],
  ['search', 35],
  ['follow', 20 / 3],
  ['vote', 20 / 3],
  ['comment', 20 / 3],
  ['contribute', 10],
];
const OPERATIONS = new Set<string>(ISSUE_MIX.map(([operation]) => operation));

/** BENCH_MIX=questionPage:100 (say) isolates operations when looking for a cause; the published numbers use the issue's mix. */
function mixFromEnvironment(value: string | undefined): Array<[Operation, number]> {
  if (!value) return ISSUE_MIX;
  return value.split(',').map((part) => {
    const [operation, weight] = part.split(':');
    if (!OPERATIONS.has(operation) || !(Number(weight) > 0)) throw new Error(`BENCH_MIX: "${part}" is not <operation>:<weight> with one of ${[...OPERATIONS].join(', ')}`);
    return [operation as Operation, Number(weight)];
  });
}
const MIX = mixFromEnvironment(process.env['BENCH_MIX']);
const WEIGHT = MIX.reduce((sum, [, weight]) => sum + weight, 0);

interface Member {
  id: string;
  token: string;
}

/** Writes the API acknowledged, to be found again afterwards. */
interface Accepted {
  contributions: Array<{ id: string; word: string; author: Member }>;
  comments: string[];
  votes: Array<{ contributionId: string; userId: string }>;
  follows: Array<{ userId: string; questionId: string }>;
}

/** A probe's slowest answer over a level, when it was asked (seconds into the level), and how many of its answers took over 100 ms. */
interface ProbeResult {
  max_ms: number;
  at_s: number;
  over_100_ms: number;
  count: number;
}

interface LevelResult {
  concurrency: number;
  /** Mean think time between a user's actions (0: back to back, a closed loop). */
  think_ms: number;
  seconds: number;
  requests: number;
  requests_per_s: number;
  errors: number;
  error_samples: string[];
  /** The level's slowest requests, with when they started (seconds into the level) and their target (a question, a contribution for votes, or `search`): a cluster in time points at a stall, one target at its data. */
  slowest: Array<{ operation: Operation; ms: number; at_s: number; target: string }>;
  operations: Record<string, { count: number; errors: number; p50_ms: number; p95_ms: number; p99_ms: number }>;
  /**
   * Probes every 100 ms beside the load: the API's /health (no database), one read by _id straight
   * from FerretDB, and 4 KB written and synced to the disk FerretDB keeps its files on. When the
   * slowest requests cluster in time, the probe that stalled with them says what held them up
   * (SQLite syncs its log in every commit, one writer at a time: a stalled sync stalls every write).
   */
  probes: Record<'api_health' | 'database_read' | 'disk_sync', ProbeResult>;
  /** The API process's CPU time (all threads) over the level, per request. */
  api_cpu_ms_per_request: number;
  /** FerretDB's, and this load generator's: the three share the machine's cores. */
  database_cpu_ms_per_request: number;
  load_generator_cpu_ms_per_request: number;
  api_rss_mb: number;
}

/** A word no corpus text holds (letters only, so every tokenizer keeps it whole). */
const uniqueWord = (prefix: string) => prefix + [...randomBytes(8)].map((byte) => String.fromCharCode(97 + (byte % 26))).join('');

async function makeMembers(url: string, adminToken: string): Promise<Member[]> {
  const { createOrganisation } = await gql<{ createOrganisation: { id: string } }>(url, 'mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }', { input: { name: 'Bench NGO', type: 'NATIONAL_NGO' } }, adminToken);
  const members: Member[] = [];
  // Two at a time: each acceptance hashes a password with argon2id.
  for (let i = 0; i < USERS; i += 2) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(2, USERS - i) }, async (_, j) => {
        const invited = await gql<{ inviteMember: { invitationUrl: string } }>(
          url,
          'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { invitationUrl } }',
          { input: { email: `member-${i + j}@bench.example`, roles: ['CONTRIBUTOR'], organisationId: createOrganisation.id, displayName: `Member ${i + j}` } },
          adminToken,
        );
        const token = decodeURIComponent(new URL(invited.inviteMember.invitationUrl).pathname.split('/').pop() ?? '');
        const accepted = await gql<{ acceptInvitation: { accessToken: string; viewer: { id: string } } }>(
          url,
          'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken viewer { id } } }',
          { input: { token, password: randomBytes(12).toString('hex') } },
        );
        return { id: accepted.acceptInvitation.viewer.id, token: accepted.acceptInvitation.accessToken };
      }),
    );
    members.push(...batch);
    process.stderr.write(`\rmembers ${members.length}/${USERS}`);
  }
  process.stderr.write('\n');
  return members;
}

/** What the disk probe writes and syncs each time: one SQLite page. */
const SYNC_PROBE_BYTES = Buffer.alloc(4096, 1);

/** Runs `probe` every 100 ms until the deadline: its slowest answer, when it was asked, and how many took over 100 ms. */
async function probeUntil(deadline: number, started: number, probe: () => Promise<unknown>): Promise<ProbeResult> {
  const result: ProbeResult = { max_ms: 0, at_s: 0, over_100_ms: 0, count: 0 };
  while (performance.now() < deadline) {
    const at = performance.now();
    await probe().catch(() => undefined);
    const ms = performance.now() - at;
    result.count++;
    if (ms > 100) result.over_100_ms++;
    if (ms > result.max_ms) Object.assign(result, { max_ms: round(ms), at_s: round((at - started) / 1000) });
    await sleep(Math.max(0, 100 - ms));
  }
  return result;
}

async function runLevel(
  database: Db,
  url: string,
  pid: number,
  ferret: { pid: number; dataDir: string },
  concurrency: number,
  members: Member[],
  targets: { questions: string[]; contributions: string[]; searches: Array<Record<string, unknown>> },
  accepted: Accepted,
  thinkMs: number,
  durationSeconds: number,
): Promise<LevelResult> {
  const random = prng(concurrency);
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)];
  const pickOperation = (): Operation => {
    let r = random() * WEIGHT;
    for (const [operation, weight] of MIX) if ((r -= weight) < 0) return operation;
    return 'questionPage';
  };
  const latencies = new Map<Operation, number[]>(MIX.map(([operation]) => [operation, []]));
  const errors = new Map<Operation, number>();
  const samples: string[] = [];
  const slowest: LevelResult['slowest'] = [];
  const keepIfSlowest = (request: LevelResult['slowest'][number]) => {
    if (slowest.length === SLOWEST_KEPT && request.ms <= slowest[SLOWEST_KEPT - 1].ms) return;
    slowest.push(request);
    slowest.sort((a, b) => b.ms - a.ms);
    slowest.length = Math.min(slowest.length, SLOWEST_KEPT);
  };
  let requests = 0;
  const cpuAtStart = processCpuMs(pid);
  const databaseCpuAtStart = processCpuMs(ferret.pid);
  const generatorCpuAtStart = process.cpuUsage();
  const started = performance.now();
  const deadline = started + durationSeconds * 1000;
  const syncFile = await open(join(ferret.dataDir, 'disk-sync-probe'), 'w');
  const probing = Promise.all([
    probeUntil(deadline, started, () => fetch(`${url}/health`).then((response) => response.text())),
    probeUntil(deadline, started, () => database.collection('users').findOne({ _id: new ObjectId(members[0].id) })),
    probeUntil(deadline, started, async () => {
      await syncFile.write(SYNC_PROBE_BYTES);
      await syncFile.sync();
    }),
  ]).finally(() => syncFile.close());

  const one = async (member: Member): Promise<void> => {
    const operation = pickOperation();
    const questionId = pick(targets.questions);
    let send: () => Promise<{ status: number; data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> }>;
    let onSuccess: (data: unknown) => void = () => undefined;
    // What the request was about, for the slowest list: a question, a contribution or a search.
    let target = operation === 'search' ? 'search' : questionId;
    switch (operation) {
      case 'questionPage':
        send = () => postGraphQL(url, QUESTION_PAGE, { id: questionId }, member.token, 'QuestionPage');
        break;
      case 'search':
        send = () => postGraphQL(url, SEARCH, { input: { ...pick(targets.searches), language: 'en' } }, member.token, 'Search');
        break;
      case 'follow':
        send = () => postGraphQL(url, SET_FOLLOWING, { kind: 'QUESTION', key: questionId, following: true }, member.token, 'SetFollowing');
        onSuccess = () => accepted.follows.push({ userId: member.id, questionId });
        break;
      case 'vote': {
        const contributionId = pick(targets.contributions);
        target = contributionId;
        send = () => postGraphQL(url, MARK_HELPFUL, { id: contributionId, helpful: true }, member.token, 'MarkHelpful');
        onSuccess = () => accepted.votes.push({ contributionId, userId: member.id });
        break;
      }
      case 'comment':
        send = () => postGraphQL(url, ADD_COMMENT, { input: { targetType: 'QUESTION', targetId: questionId, body: 'Seen the same in our area this month.' } }, member.token, 'AddComment');
        onSuccess = (data) => accepted.comments.push((data as { addComment: { id: string } }).addComment.id);
        break;
      case 'contribute': {
        const word = uniqueWord('benchload');
        send = () =>
          postGraphQL(url, CONTRIBUTE, { input: { questionId, body: `Families in the camp reported ${word} since last month.`, evidenceType: 'DIRECT_OBSERVATION', confidence: 'MEDIUM', language: 'en', sensitivity: 'PUBLIC' } }, member.token, 'Contribute');
        onSuccess = (data) => accepted.contributions.push({ id: (data as { contribute: { id: string } }).contribute.id, word, author: member });
        break;
      }
    }
    const at = performance.now();
    let failure: string | null = null;
    try {
      const answer = await send();
      if (answer.status !== 200 || answer.errors || !answer.data) failure = `${operation}: HTTP ${answer.status} ${answer.errors?.[0]?.extensions?.code ?? ''} ${answer.errors?.[0]?.message ?? ''}`;
      else onSuccess(answer.data);
    } catch (error) {
      failure = `${operation}: ${error instanceof Error ? error.message : String(error)}`;
    }
    const ms = performance.now() - at;
    latencies.get(operation)?.push(ms);
    keepIfSlowest({ operation, ms: round(ms), at_s: round((at - started) / 1000), target });
    if (failure) {
      errors.set(operation, (errors.get(operation) ?? 0) + 1);
      if (samples.length < 10) samples.push(failure.slice(0, 300));
    }
  };

  // Each virtual user works on its own member's session: an action, a think time, the next action
  // (back to back when thinkMs is 0). Users start spread over one think time, as people arrive.
  await Promise.all(
    Array.from({ length: concurrency }, async (_, user) => {
      const member = members[user % members.length];
      if (thinkMs > 0) await sleep(random() * thinkMs);
      while (performance.now() < deadline && requests < MAX_REQUESTS) {
        requests++;
        await one(member);
        if (thinkMs > 0) await sleep(thinkMs * (0.5 + random()));
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const [apiHealth, databaseRead, diskSync] = await probing;
  const cpuMs = processCpuMs(pid) - cpuAtStart;
  const databaseCpuMs = processCpuMs(ferret.pid) - databaseCpuAtStart;
  const generatorCpu = process.cpuUsage(generatorCpuAtStart);
  const perRequest = (ms: number) => round(ms / Math.max(1, requests));
  const operations = Object.fromEntries(
    [...latencies.entries()].map(([operation, list]) => [
      operation,
      { count: list.length, errors: errors.get(operation) ?? 0, p50_ms: round(percentile(list, 50)), p95_ms: round(percentile(list, 95)), p99_ms: round(percentile(list, 99)) },
    ]),
  );
  const errorCount = [...errors.values()].reduce((sum, n) => sum + n, 0);
  return { concurrency, think_ms: thinkMs, seconds: round(seconds), requests, requests_per_s: round(requests / seconds), errors: errorCount, error_samples: samples, slowest, probes: { api_health: apiHealth, database_read: databaseRead, disk_sync: diskSync }, operations, api_cpu_ms_per_request: perRequest(cpuMs), database_cpu_ms_per_request: perRequest(databaseCpuMs), load_generator_cpu_ms_per_request: perRequest((generatorCpu.user + generatorCpu.system) / 1000), api_rss_mb: processMemory(pid).rss_mb };
}

/**
 * Waits out the background jobs' first runs after a boot (on FerretDB the notification sweep and
 * retention each read the contributions whole, 25-30 s of its CPU), which land on
 * the scheduler's first tick and would otherwise be measured as the first levels' latency. On
 * FerretDB they recur hourly, beyond this run (README). Quiet: the API and FerretDB together under a
 * tenth of a core for 5 s in a row.
 */
async function quietBackground(pids: number[], bootedAt: number): Promise<{ waited_s: number; cpu_s: number }> {
  const started = Date.now();
  const cpu = () => pids.reduce((sum, pid) => sum + processCpuMs(pid), 0);
  const before = cpu();
  await sleep(Math.max(0, bootedAt + FIRST_TICK_MS + 5_000 - Date.now()));
  let quietSeconds = 0;
  let last = cpu();
  while (quietSeconds < 5 && Date.now() - started < QUIET_WAIT_MAX_MS) {
    await sleep(1000);
    const now = cpu();
    quietSeconds = now - last < 100 ? quietSeconds + 1 : 0;
    last = now;
  }
  return { waited_s: round((Date.now() - started) / 1000), cpu_s: round((cpu() - before) / 1000) };
}

/** Every acknowledged write in MongoDB, and every acknowledged contribution found by search. */
async function lostWrites(url: string, client: MongoClient, dbName: string, accepted: Accepted): Promise<{ lost: number; details: Record<string, number>; index_wait_s: number }> {
  const db = client.db(dbName);
  const existing = async (collection: string, ids: unknown[]) => {
    const found = new Set<string>();
    for (let i = 0; i < ids.length; i += 500) {
      for (const doc of await db.collection(collection).find({ _id: { $in: ids.slice(i, i + 500) as never[] } }, { projection: { _id: 1, helpfulBy: 1 } }).toArray()) found.add(String(doc._id));
    }
    return found;
  };
  const contributions = await existing('contributions', accepted.contributions.map((c) => new ObjectId(c.id)));
  const comments = await existing('comments', accepted.comments.map((id) => new ObjectId(id)));
  // An admin-style scan (not a hot path): whatever the follows' ids look like, who follows which question.
  const follows = new Set((await db.collection('follows').find({ kind: 'QUESTION' }, { projection: { userId: 1, key: 1 } }).toArray()).map((f) => `${String(f['userId'])}:${String(f['key'])}`));
  const votedOn = [...new Set(accepted.votes.map((v) => v.contributionId))];
  const voters = new Map<string, Set<string>>();
  for (let i = 0; i < votedOn.length; i += 500) {
    const docs = await db.collection('contributions').find({ _id: { $in: votedOn.slice(i, i + 500).map((id) => new ObjectId(id)) } }, { projection: { helpfulBy: 1 } }).toArray();
    for (const doc of docs) voters.set(String(doc._id), new Set(((doc['helpfulBy'] as ObjectId[] | undefined) ?? []).map(String)));
  }
  const details: Record<string, number> = {
    contributions_missing: accepted.contributions.filter((c) => !contributions.has(c.id)).length,
    comments_missing: accepted.comments.filter((id) => !comments.has(id)).length,
    follows_missing: accepted.follows.filter((f) => !follows.has(`${f.userId}:${f.questionId}`)).length,
    votes_missing: accepted.votes.filter((v) => !voters.get(v.contributionId)?.has(v.userId)).length,
  };

  // Searchable once the index has caught up (the outbox is empty), each by its unique word.
  const waitStarted = Date.now();
  for (;;) {
    const ready = (await fetch(`${url}/ready`).then((r) => r.json(), () => null)) as { search?: { lagMs?: number | null } } | null;
    if (ready?.search?.lagMs === 0 || Date.now() - waitStarted > INDEX_LAG_TIMEOUT_MS) break;
    await sleep(500);
  }
  const indexWaitS = (Date.now() - waitStarted) / 1000;
  let unsearchable = 0;
  for (const contribution of accepted.contributions) {
    const answer = await postGraphQL<{ search: { hits: Array<{ id: string }> } }>(url, 'query($input: SearchInput!) { search(input: $input) { hits { id } } }', { input: { text: contribution.word } }, contribution.author.token);
    if (!answer.data?.search.hits.some((hit) => hit.id === `contribution:${contribution.id}`)) unsearchable++;
  }
  details['contributions_not_searchable'] = unsearchable;
  return { lost: Object.values(details).reduce((sum, n) => sum + n, 0), details, index_wait_s: round(indexWaitS) };
}

/** Sends a command to the profiler preloaded into the API (bench/lib/cpu-profiler.cjs) and waits for its answer. */
function profilerCommand(api: BenchApi, command: string, answer: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the API's profiler did not answer ${command}`)), 30_000);
    const listen = (message: unknown) => {
      if (message !== answer) return;
      clearTimeout(timer);
      api.child.off('message', listen);
      resolve();
    };
    api.child.on('message', listen);
    api.child.send(command);
  });
}

/**
 * What a read costs layer by layer (the question page, or a search with BENCH_PROFILE_OPERATION):
 * a sequential run under the V8 profiler, plus the latency floor of the HTTP + GraphQL stack
 * (`{ __typename }`, no resolver, no database).
 */
async function profileOperation(
  api: BenchApi,
  profileFile: string,
  member: Member,
  targets: { questions: string[]; searches: Array<Record<string, unknown>> },
): Promise<{ operation: string; p50_ms: number; typename_p50_ms: number; requests: number; cpu_ms_per_request: number; layers: ProfileSummary['layers']; other_top: string[]; layer_top: ProfileSummary['layer_top'] } | null> {
  if (PROFILE_SECONDS <= 0) return null;
  const { url } = api;
  const floor: number[] = [];
  for (let i = 0; i < 200; i++) {
    const at = performance.now();
    await postGraphQL(url, '{ __typename }', {}, member.token);
    floor.push(performance.now() - at);
  }
  const send = (i: number) =>
    PROFILE_OPERATION === 'search'
      ? postGraphQL(url, SEARCH, { input: { ...targets.searches[i % targets.searches.length], language: 'en' } }, member.token, 'Search')
      : postGraphQL(url, QUESTION_PAGE, { id: targets.questions[i % targets.questions.length] }, member.token, 'QuestionPage');
  await profilerCommand(api, 'cpu-profile:start', 'cpu-profile:started');
  const latencies: number[] = [];
  const deadline = performance.now() + PROFILE_SECONDS * 1000;
  for (let i = 0; performance.now() < deadline; i++) {
    const at = performance.now();
    await send(i);
    latencies.push(performance.now() - at);
  }
  await profilerCommand(api, 'cpu-profile:stop', 'cpu-profile:written');
  const summary = summariseProfile(profileFile, API_MAIN);
  const layers = Object.fromEntries(Object.entries(summary.layers).map(([layer, value]) => [layer, { ...value, ms_per_request: round(value.ms / latencies.length) }]));
  return {
    operation: PROFILE_OPERATION,
    p50_ms: round(percentile(latencies, 50)),
    typename_p50_ms: round(percentile(floor, 50)),
    requests: latencies.length,
    cpu_ms_per_request: round(summary.busy_ms / latencies.length),
    layers,
    other_top: summary.other_top,
    layer_top: summary.layer_top,
  };
}

async function main(): Promise<void> {
  const ferret = await startBenchDatabase();
  const dbName = `load_${Date.now().toString(36)}`;
  const client = await MongoClient.connect(ferret.uri);
  const profileFile = join(ferret.dataDir, `${PROFILE_OPERATION}.cpuprofile`);
  let api: BenchApi | null = null;
  try {
    log(`generating ${QUESTIONS} questions + ${CONTRIBUTIONS} contributions`);
    const corpus = generateCorpus(QUESTIONS, CONTRIBUTIONS);
    const records = corpusRecords(corpus.documents);
    await loadRecords(client.db(dbName), records);

    const bootStarted = Date.now();
    api = await startBuiltApi({
      mongoUri: ferret.uri,
      dbName,
      admin: ADMIN,
      nodeArgs: ['-r', join(ROOT, 'bench/lib/cpu-profiler.cjs')],
      ipc: true,
      env: {
        BENCH_CPU_PROFILE: profileFile,
        HUB_RATE_LIMIT_SIGN_IN_IP: RAISED_LIMIT,
        HUB_RATE_LIMIT_SIGN_IN_ACCOUNT: RAISED_LIMIT,
        HUB_RATE_LIMIT_ACCOUNT_LINKS_IP: RAISED_LIMIT,
        HUB_RATE_LIMIT_WRITES_USER: RAISED_LIMIT,
      },
      onProgress: (detail) => process.stderr.write(`\r${detail}        `),
    });
    const { url, pid } = api;
    const bootedAt = Date.now();
    log(`\nboot + index build: ${((bootedAt - bootStarted) / 1000).toFixed(1)} s`);
    const memoryAtStart = processMemory(pid);

    const adminToken = (await gql<{ signIn: { accessToken: string } }>(url, 'mutation($i: SignInInput!) { signIn(input: $i) { accessToken } }', { i: ADMIN })).signIn.accessToken;
    const members = await makeMembers(url, adminToken);
    // Members read public and members-only content; the sector-restricted rest is not theirs to see.
    const readable = (doc: { readableBy: string[] }) => doc.readableBy.includes('public') || doc.readableBy.includes('members');
    const targets = {
      questions: records.questions.filter(readable).map((q) => q._id.toHexString()),
      contributions: records.contributions.filter(readable).map((c) => c._id.toHexString()),
      searches: (Object.keys(corpus.queries) as QueryType[]).flatMap((type) => corpus.queries[type]).map((query) => toSearchInput(query)),
    };

    const accepted: Accepted = { contributions: [], comments: [], votes: [], follows: [] };
    if (WARMUP_SECONDS > 0) {
      // Its writes are real and checked with the others below; its numbers are not kept.
      log(`warm-up, 10 requests in flight: ${WARMUP_SECONDS} s`);
      const warmup = await runLevel(client.db(dbName), url, pid, ferret, 10, members, targets, accepted, 0, WARMUP_SECONDS);
      log(`  ${warmup.requests_per_s} requests/s, ${warmup.api_cpu_ms_per_request} ms API CPU a request, ${warmup.errors} errors`);
    }
    log('waiting for the background jobs of the first minutes after boot');
    const background = await quietBackground([pid, ferret.pid], bootedAt);
    log(`  ${background.waited_s} s, ${background.cpu_s} s of CPU (API and FerretDB)`);
    const runLevels = async (thinkMs: number, rounds: number): Promise<LevelResult[]> => {
      const done: LevelResult[] = [];
      const seconds = thinkMs ? USERS_SECONDS : SECONDS;
      for (let round = 1; round <= rounds; round++) {
        for (const concurrency of LEVELS) {
          const roundLabel = rounds > 1 ? `, round ${round} of ${rounds}` : '';
          log(`${concurrency} ${thinkMs ? `users (think time ${thinkMs} ms)` : 'requests in flight (no think time)'}${roundLabel}: ${seconds} s`);
          const level = await runLevel(client.db(dbName), url, pid, ferret, concurrency, members, targets, accepted, thinkMs, seconds);
          done.push(level);
          log(
            `  ${level.requests_per_s} requests/s, ${level.api_cpu_ms_per_request} ms API CPU a request (FerretDB ${level.database_cpu_ms_per_request}, this generator ${level.load_generator_cpu_ms_per_request}), ${level.errors} errors; p95 question page ${level.operations['questionPage']?.p95_ms} ms, search ${level.operations['search']?.p95_ms} ms, contribute ${level.operations['contribute']?.p95_ms} ms`,
          );
          log(`  slowest: ${level.slowest.slice(0, 4).map((request) => `${request.operation} ${request.ms} ms at ${request.at_s} s`).join(', ')}`);
          log(`  probes, slowest: API /health ${level.probes.api_health.max_ms} ms at ${level.probes.api_health.at_s} s, FerretDB read ${level.probes.database_read.max_ms} ms at ${level.probes.database_read.at_s} s, disk sync ${level.probes.disk_sync.max_ms} ms at ${level.probes.disk_sync.at_s} s`);
        }
      }
      return done;
    };
    const levels = THINK_MS > 0 ? await runLevels(THINK_MS, USERS_ROUNDS) : [];
    const saturation = await runLevels(0, 1);

    log(`checking ${accepted.contributions.length} contributions, ${accepted.comments.length} comments, ${accepted.votes.length} votes, ${accepted.follows.length} follows`);
    const lost = await lostWrites(url, client, dbName, accepted);
    log(`lost writes: ${lost.lost} ${JSON.stringify(lost.details)} (index caught up in ${lost.index_wait_s} s)`);

    log(`profiling ${PROFILE_OPERATION} for ${PROFILE_SECONDS} s`);
    const profile = await profileOperation(api, profileFile, members[0], targets);
    const memoryAtEnd = processMemory(pid);

    const published = levels.length ? levels : saturation;
    // Every round of a level; a published number is the worst round's (highest p95, fewest requests/s).
    const roundsAt = (concurrency: number) => published.filter((level) => level.concurrency === concurrency);
    const worst = (concurrency: number, value: (level: LevelResult) => number | undefined, pick: (...values: number[]) => number) => {
      const values = roundsAt(concurrency).map(value).filter((v): v is number => v !== undefined);
      return values.length ? pick(...values) : null;
    };
    const byConcurrency = (list: LevelResult[]) => Object.fromEntries(LEVELS.map((concurrency) => [`c${concurrency}`, list.filter((level) => level.concurrency === concurrency)]));
    const results = {
      question_page_p95_ms_c10: worst(10, (level) => level.operations['questionPage']?.p95_ms, Math.max),
      search_p95_ms_c10: worst(10, (level) => level.operations['search']?.p95_ms, Math.max),
      requests_per_s_c10: worst(10, (level) => level.requests_per_s, Math.min),
      // Errors at 50: every round, with think time and back to back alike.
      errors_c50: roundsAt(50).length ? [...levels, ...saturation].filter((level) => level.concurrency === 50).reduce((sum, level) => sum + level.errors, 0) : null,
      lost_writes: lost.lost,
      lost_writes_details: lost.details,
      index_caught_up_s: lost.index_wait_s,
      accepted_writes: { contributions: accepted.contributions.length, comments: accepted.comments.length, votes: accepted.votes.length, follows: accepted.follows.length },
      users_think_ms: THINK_MS,
      users_rounds: levels.length ? USERS_ROUNDS : 0,
      /** Per level, each round in the order run (the saturation levels when BENCH_THINK_MS=0). */
      levels: byConcurrency(published),
      saturation_levels: byConcurrency(saturation),
      memory: { api_rss_mb_after_boot: memoryAtStart.rss_mb, api_rss_mb_at_end: memoryAtEnd.rss_mb, api_peak_rss_mb: memoryAtEnd.peak_rss_mb },
      [PROFILE_OPERATION === 'search' ? 'search_cost' : 'question_page_cost']: profile,
      setup: {
        documents: records.questions.length + records.contributions.length,
        questions: records.questions.length,
        contributions: records.contributions.length,
        members: USERS,
        seconds_per_level: SECONDS,
        seconds_per_users_level: USERS_SECONDS,
        warmup_seconds: WARMUP_SECONDS,
        background_after_boot: background,
        max_requests_per_level: MAX_REQUESTS,
        mix_percent: Object.fromEntries(MIX.map(([operation, weight]) => [operation, round((weight / WEIGHT) * 100)])),
        rate_limits: `raised to ${RAISED_LIMIT} for the run (one loopback address for every simulated member)`,
        engine: 'embedded search, FerretDB 1.24.2 on SQLite',
      },
      machine: { cpus: cpus().length, cpu_model: cpus()[0]?.model ?? 'unknown', memory_gb: Math.round(totalmem() / 2 ** 30), node: process.version },
      measured_at: new Date().toISOString(),
    };
    mkdirSync(dirname(RESULTS), { recursive: true });
    writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
    if (levels.length) process.stdout.write(`Users, each thinking ${THINK_MS} ms on average between actions:\n${table(results.levels, 'Users')}\n\n`);
    process.stdout.write(`Requests in flight, back to back (saturation):\n${table(results.saturation_levels, 'In flight')}\n\nLost writes: ${results.lost_writes}\n`);
    if (profile) process.stdout.write(`\n${PROFILE_OPERATION} CPU per request: ${profile.cpu_ms_per_request} ms — ${Object.entries(profile.layers).map(([layer, v]) => `${layer} ${v.percent}%`).join(', ')}\n`);
  } finally {
    if (api) await api.stop();
    await client.close();
    rmSync(profileFile, { force: true });
    await ferret.stop();
  }
}

function table(levels: Record<string, LevelResult[]>, first: string): string {
  const rows = Object.values(levels).flatMap((rounds) =>
    rounds.map((level, index) => {
      const op = (name: string) => level.operations[name];
      const p = (name: string) => `${op(name)?.p50_ms ?? '–'} / ${op(name)?.p95_ms ?? '–'} / ${op(name)?.p99_ms ?? '–'}`;
      return `| ${level.concurrency} | ${index + 1} | ${level.requests_per_s} | ${p('questionPage')} | ${p('search')} | ${p('contribute')} | ${level.errors} | ${level.api_rss_mb} MB |`;
    }),
  );
  return [`| ${first} | Round | Requests/s | Question page p50/p95/p99 ms | Search p50/p95/p99 ms | Contribute p50/p95/p99 ms | Errors | API RSS |`, '|---:|---:|---:|---|---|---|---:|---:|', ...rows].join('\n');
}

main().catch((error: unknown) => {
  log(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
