import type { Connection, Model, QueryFilter, Types, UpdateQuery } from 'mongoose';
import sift from 'sift';

/**
 * Reads and conditional writes addressed by `_id`, shaped for the server underneath.
 *
 * FerretDB 1.24 on SQLite (the embedded default) serves exactly one kind of filter from an index:
 * `{ _id: <value> }` alone. `_id: {$in}`, `_id` plus any other condition, and every other filter
 * read the whole collection (measured: 29 ms against 245 ms at 5,000 documents, and it grows with
 * the collection). The hub builds FerretDB with a patch that also serves `{ _id: {$in: [...]} }`
 * alone from the index (tools/hub/ferretdb.ts), detected here by `explain`. MongoDB serves all of
 * these from its indexes. So a batch is read:
 * - on MongoDB, as one `$in` query with the condition in it;
 * - on the hub's FerretDB build, as one `$in` query by `_id` alone, the condition checked in the
 *   process (with sift, MongoDB's query semantics);
 * - on any other FerretDB, as parallel point reads, the condition checked in the process.
 * A conditional write on FerretDB checks its condition in the process before a write by `_id`
 * alone. FerretDB itself applies a conditional update as read-modify-write, so the in-process check
 * loses no atomicity there; callers make writes to one document take turns (ContentWriteQueue).
 */
export type StorageKind = 'ferretdb' | 'mongodb';

/**
 * `probe`'s answer for each connection, asked once: a failed probe (database down, or nothing to
 * explain yet) is asked again next time rather than remembered.
 */
function oncePerConnection<A>(probe: (connection: Connection) => Promise<A>): (connection: Connection) => Promise<A> {
  const answers = new WeakMap<Connection, Promise<A>>();
  return (connection) => {
    let answer = answers.get(connection);
    if (!answer) {
      answer = probe(connection);
      answers.set(connection, answer);
      answer.catch(() => answers.delete(connection));
    }
    return answer;
  };
}

/** What the connected server is (FerretDB's buildInfo names itself). */
export const storageKindOf = oncePerConnection(detect);

async function detect(connection: Connection): Promise<StorageKind> {
  const { db } = await connection.asPromise();
  if (!db) throw new Error('the database connection is not open');
  const info = await db.admin().command({ buildInfo: 1 });
  return 'ferretdbVersion' in info ? 'ferretdb' : 'mongodb';
}

/**
 * How often a background job that reads whole collections runs on FerretDB. One full read of 100,000
 * contributions costs FerretDB 25–30 s of CPU (it decodes every stored document; measured on the
 * generated corpus), and the notification sweep, the search outbox sweep and retention each needed
 * one every 10–15 minutes: about a sixth of a core on average, in 20-second bursts. The embedded hub
 * runs as one instance whose own writes reach each job as in-process hints, so these scans are a
 * safety net there; MongoDB answers the same queries from indexes and keeps each job's cadence.
 */
export const FERRETDB_FULL_SCAN_INTERVAL_MS = 60 * 60_000;

const fullScanLanes = new WeakMap<Connection, Promise<unknown>>();

/**
 * Runs a job that reads whole collections on FerretDB after the connection's other such jobs (see
 * FullScanCadence); at once on MongoDB, which answers them from indexes.
 */
export async function inFullScanLane<T>(connection: Connection, job: () => Promise<T>): Promise<T> {
  if ((await storageKindOf(connection)) === 'mongodb') return job();
  const mine = (fullScanLanes.get(connection) ?? Promise.resolve()).catch(() => undefined).then(job);
  fullScanLanes.set(connection, mine);
  return mine;
}

/**
 * Gate for a job whose query reads whole collections on FerretDB: always due on MongoDB; on FerretDB
 * due at its first call and then once per FERRETDB_FULL_SCAN_INTERVAL_MS in this process, and run
 * one at a time: their first runs all fall on the scheduler's first tick after a boot, and
 * together they held both cores of a small machine for minutes, so requests waited behind them.
 */
export class FullScanCadence {
  private lastRunAt: number | null = null;

  constructor(private readonly connection: Connection) {}

  async due(now: Date): Promise<boolean> {
    if ((await storageKindOf(this.connection)) === 'mongodb') return true;
    if (this.lastRunAt !== null && now.getTime() - this.lastRunAt < FERRETDB_FULL_SCAN_INTERVAL_MS) return false;
    this.lastRunAt = now.getTime();
    return true;
  }

  /** Runs `job` when due (after the connection's other whole-collection jobs, on FerretDB); `skipped` otherwise. */
  async run<T>(now: Date, job: () => Promise<T>, skipped: T): Promise<T> {
    return (await this.due(now)) ? inFullScanLane(this.connection, job) : skipped;
  }
}

/** How a batch of ids is read (see above). */
export type ReadStrategy = 'in-query' | 'id-list' | 'point-reads';

/** Thrown by the probe when there is no collection to explain yet. */
class ProbeLater extends Error {}

const probedReadStrategy = oncePerConnection(detectReadStrategy);

export function readStrategyOf(connection: Connection): Promise<ReadStrategy> {
  return probedReadStrategy(connection).catch((error: unknown) => (error instanceof ProbeLater ? 'point-reads' : Promise.reject(error)));
}

async function detectReadStrategy(connection: Connection): Promise<ReadStrategy> {
  if ((await storageKindOf(connection)) === 'mongodb') return 'in-query';
  const { db } = await connection.asPromise();
  if (!db) throw new Error('the database connection is not open');
  // FerretDB explains only a collection that exists; any one will do.
  const [collection] = await db.listCollections({}, { nameOnly: true }).toArray();
  if (!collection) throw new ProbeLater();
  const explained = await db.command({ explain: { find: collection.name, filter: { _id: { $in: ['a', 'b'] } } } });
  return explained['filterPushdown'] === true ? 'id-list' : 'point-reads';
}

/** Point reads in flight at once per batch: enough to overlap round trips, few enough to share. */
const POINT_READ_CONCURRENCY = 16;

/** Ids per `$in` list on the hub's FerretDB build (its patch pushes down at most 1,000). */
const ID_LIST_MAX = 1000;

type IdLike = string | Types.ObjectId;

/**
 * The records among `ids` that match `where` (if given), in no particular order. Malformed ids
 * must be filtered out by the caller (repositories use `validObjectIds`).
 */
export async function findByIds<T, R>(
  model: Model<T>,
  ids: readonly IdLike[],
  projection: Record<string, 0 | 1>,
  where?: QueryFilter<T>,
  strategy?: ReadStrategy,
): Promise<R[]> {
  const unique = [...new Map(ids.map((id) => [String(id), id])).values()];
  if (!unique.length) return [];
  const how = strategy ?? (await readStrategyOf(model.db));
  if (how === 'in-query') {
    return model.find({ _id: { $in: unique }, ...(where ?? {}) } as QueryFilter<T>, projection).lean<R[]>();
  }
  // The condition is checked here, so it needs its fields even when the projection leaves them out.
  const test = where ? sift(where as object) : null;
  const read = test ? withConditionFields(projection, where as object) : projection;
  const found: R[] = [];
  const keep = (record: R | null) => {
    if (record && (!test || test(record))) found.push(test ? project(record, projection) : record);
  };
  if (how === 'id-list') {
    for (let start = 0; start < unique.length; start += ID_LIST_MAX) {
      const records = await model.find({ _id: { $in: unique.slice(start, start + ID_LIST_MAX) } } as QueryFilter<T>, read).lean<R[]>();
      records.forEach(keep);
    }
    return found;
  }
  for (let start = 0; start < unique.length; start += POINT_READ_CONCURRENCY) {
    const records = await Promise.all(
      unique.slice(start, start + POINT_READ_CONCURRENCY).map((id) => model.findOne({ _id: id } as QueryFilter<T>, read).lean<R>()),
    );
    records.forEach(keep);
  }
  return found;
}

/**
 * Applies `update` to the record `id` only if it matches `where`; returns the record after the
 * update, or null when it does not exist or does not match.
 */
export async function updateByIdIf<T, R>(model: Model<T>, id: IdLike, where: QueryFilter<T>, update: UpdateQuery<T>, kind?: StorageKind): Promise<R | null> {
  if ((kind ?? (await storageKindOf(model.db))) === 'mongodb') {
    return model.findOneAndUpdate({ _id: id, ...where } as QueryFilter<T>, update, { returnDocument: 'after' }).lean<R>();
  }
  const current = await model.findOne({ _id: id } as QueryFilter<T>).lean();
  if (!current || !sift(where as object)(current)) return null;
  return model.findOneAndUpdate({ _id: id } as QueryFilter<T>, update, { returnDocument: 'after' }).lean<R>();
}

function withConditionFields(projection: Record<string, 0 | 1>, where: object): Record<string, 0 | 1> {
  const values = Object.values(projection);
  // An exclusion projection (or none) keeps every condition field unless it excludes one.
  if (!values.includes(1)) {
    const kept = { ...projection };
    for (const field of conditionFields(where)) delete kept[field];
    return kept;
  }
  const widened = { ...projection };
  for (const field of conditionFields(where)) widened[field] = 1;
  return widened;
}

function conditionFields(where: object): string[] {
  return Object.entries(where).flatMap(([key, value]) =>
    key === '$and' || key === '$or' || key === '$nor' ? (value as object[]).flatMap(conditionFields) : key.startsWith('$') ? [] : [key.split('.')[0]],
  );
}

/** Drops what the caller's projection would have left out (fields read only for the condition). */
function project<R>(record: R, projection: Record<string, 0 | 1>): R {
  const entries = Object.entries(projection);
  if (!entries.length) return record;
  const copy = { ...(record as Record<string, unknown>) };
  if (entries.some(([, on]) => on === 1)) {
    for (const key of Object.keys(copy)) if (key !== '_id' && projection[key] !== 1) delete copy[key];
  } else {
    for (const [key] of entries) delete copy[key];
  }
  return copy as R;
}

/**
 * Beyond this many ids, one collection scan on an unpatched FerretDB (a single `updateMany` with
 * `$in`) costs less than that many read-check-write round trips.
 */
const POINT_WRITES_MAX = 64;

/** Applies `update` to each of `ids` that matches `where`. */
export async function updateManyByIds<T>(model: Model<T>, ids: readonly IdLike[], where: QueryFilter<T>, update: UpdateQuery<T>, strategy?: ReadStrategy): Promise<void> {
  if (!ids.length) return;
  const how = strategy ?? (await readStrategyOf(model.db));
  if (how === 'in-query' || (how === 'point-reads' && ids.length > POINT_WRITES_MAX)) {
    await model.updateMany({ _id: { $in: [...ids] }, ...where } as QueryFilter<T>, update);
    return;
  }
  if (how === 'id-list') {
    // The ids that match, read in one query, then one update by `_id` alone (both from the index).
    const matching = await findByIds<T, { _id: Types.ObjectId }>(model, ids, { _id: 1 }, where, how);
    for (let start = 0; start < matching.length; start += ID_LIST_MAX) {
      await model.updateMany({ _id: { $in: matching.slice(start, start + ID_LIST_MAX).map((record) => record._id) } } as QueryFilter<T>, update);
    }
    return;
  }
  for (let start = 0; start < ids.length; start += POINT_READ_CONCURRENCY) {
    await Promise.all(ids.slice(start, start + POINT_READ_CONCURRENCY).map((id) => updateByIdIf(model, id, where, update, 'ferretdb')));
  }
}
