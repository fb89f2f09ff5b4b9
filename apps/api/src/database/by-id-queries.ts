import type { Connection, Model, QueryFilter, Types, UpdateQuery } from 'mongoose';
import sift from 'sift';

/**
 * Reads and conditional writes addressed by `_id`, shaped for the server underneath.
 *
 * FerretDB 1.24 on SQLite (the embedded default) serves exactly one kind of filter from an index:
 * `{ _id: <value> }` alone. `_id: {$in}`, `_id` plus any other condition, and every other filter
 * read the whole collection (measured: 29 ms against 245 ms at 5,000 documents, and it grows with
 * the collection). MongoDB serves all of these from its indexes. So on FerretDB a batch becomes
 * parallel point reads and a condition is checked in the process (with sift, MongoDB's query
 * semantics) before a write by `_id` alone; on MongoDB the condition stays in the query, atomic.
 * FerretDB itself applies a conditional update as read-modify-write, so the in-process check loses
 * no atomicity there; callers serialise their writes per collection (ContentWriteQueue).
 */
export type StorageKind = 'ferretdb' | 'mongodb';

const kinds = new WeakMap<Connection, Promise<StorageKind>>();

/** What the connected server is (asked once per connection: FerretDB's buildInfo names itself). */
export function storageKindOf(connection: Connection): Promise<StorageKind> {
  let kind = kinds.get(connection);
  if (!kind) {
    kind = detect(connection);
    kinds.set(connection, kind);
    // A failed probe (database down) is asked again next time rather than remembered.
    kind.catch(() => kinds.delete(connection));
  }
  return kind;
}

async function detect(connection: Connection): Promise<StorageKind> {
  const { db } = await connection.asPromise();
  if (!db) throw new Error('the database connection is not open');
  const info = await db.admin().command({ buildInfo: 1 });
  return 'ferretdbVersion' in info ? 'ferretdb' : 'mongodb';
}

/** Point reads in flight at once per batch: enough to overlap round trips, few enough to share. */
const POINT_READ_CONCURRENCY = 16;

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
  kind?: StorageKind,
): Promise<R[]> {
  const unique = [...new Map(ids.map((id) => [String(id), id])).values()];
  if (!unique.length) return [];
  if ((kind ?? (await storageKindOf(model.db))) === 'mongodb') {
    return model.find({ _id: { $in: unique }, ...(where ?? {}) } as QueryFilter<T>, projection).lean<R[]>();
  }
  // The condition is checked here, so it needs its fields even when the projection leaves them out.
  const test = where ? sift(where as object) : null;
  const read = test ? withConditionFields(projection, where as object) : projection;
  const found: R[] = [];
  for (let start = 0; start < unique.length; start += POINT_READ_CONCURRENCY) {
    const records = await Promise.all(
      unique.slice(start, start + POINT_READ_CONCURRENCY).map((id) => model.findOne({ _id: id } as QueryFilter<T>, read).lean<R>()),
    );
    for (const record of records) if (record && (!test || test(record))) found.push(test ? project(record, projection) : record);
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
 * Beyond this many ids, one collection scan on FerretDB (a single `updateMany` with `$in`) costs
 * less than that many read-check-write round trips.
 */
const POINT_WRITES_MAX = 64;

/** Applies `update` to each of `ids` that matches `where`. */
export async function updateManyByIds<T>(model: Model<T>, ids: readonly IdLike[], where: QueryFilter<T>, update: UpdateQuery<T>, kind?: StorageKind): Promise<void> {
  if (!ids.length) return;
  const storage = kind ?? (await storageKindOf(model.db));
  if (storage === 'mongodb' || ids.length > POINT_WRITES_MAX) {
    await model.updateMany({ _id: { $in: [...ids] }, ...where } as QueryFilter<T>, update);
    return;
  }
  for (let start = 0; start < ids.length; start += POINT_READ_CONCURRENCY) {
    await Promise.all(ids.slice(start, start + POINT_READ_CONCURRENCY).map((id) => updateByIdIf(model, id, where, update, storage)));
  }
}
