import type { Model, QueryFilter, Types } from 'mongoose';
import { pendingSearchSync } from './revision';
import { toHex as hex } from '../common/object-ids';
import * as byId from '../database/by-id-queries';

/**
 * The outbox queries both content repositories share (questions and contributions carry the same
 * `version` and `searchSync` fields). Called only from repositories, which own the models.
 */
export interface SearchSyncState {
  id: string;
  version: number;
  pending: boolean;
  since: Date | null;
  attempts: number;
}

interface SyncedRecord {
  _id: Types.ObjectId;
  version: number;
  searchSync?: { pending: boolean; since: Date; attempts?: number; leaseUntil?: Date };
}



/**
 * Up to `limit` pending records whose lease (or backoff) has expired. A read (a scan on FerretDB):
 * callers run it outside their write queue, so writers never wait behind it.
 */
export async function findClaimable<T>(model: Model<T>, limit: number, now = new Date()): Promise<string[]> {
  const records = await model
    .find({ 'searchSync.pending': true, $or: [{ 'searchSync.leaseUntil': { $exists: false } }, { 'searchSync.leaseUntil': null }, { 'searchSync.leaseUntil': { $lte: now } }] }, { _id: 1 })
    .sort({ 'searchSync.since': 1 })
    .limit(limit)
    .lean<Array<{ _id: Types.ObjectId }>>();
  return records.map((record) => hex(record._id));
}

/**
 * Leases the records for `leaseMs`. Two instances may claim the same record in a race; indexing it
 * twice is harmless.
 */
export async function lease<T>(model: Model<T>, ids: string[], leaseMs: number, now = new Date()): Promise<string[]> {
  if (!ids.length) return [];
  await byId.updateManyByIds(model, ids, { 'searchSync.pending': true } as QueryFilter<T>, { $set: { 'searchSync.leaseUntil': new Date(now.getTime() + leaseMs) } });
  return ids;
}

/**
 * Clears `pending` only where the record is still the one that was indexed (same version, same
 * `since`); a write in between keeps it pending. Returns the records that changed meanwhile.
 */
export async function clearPending<T>(model: Model<T>, indexed: SearchSyncState[]): Promise<void> {
  for (let start = 0; start < indexed.length; start += CLEAR_CHUNK) await clearChunk(model, indexed.slice(start, start + CLEAR_CHUNK));
}

const CLEAR_CHUNK = 1000;

async function clearChunk<T>(model: Model<T>, indexed: SearchSyncState[]): Promise<void> {
  if (!indexed.length) return;
  const ids = indexed.map((state) => state.id);
  const clear = { $set: { 'searchSync.pending': false, 'searchSync.attempts': 0 }, $unset: { 'searchSync.leaseUntil': 1 } };
  await byId.updateManyByIds(model, ids, { 'searchSync.pending': true } as QueryFilter<T>, clear);
  // Anything written (or re-marked) after it was read for indexing must stay pending: re-read and
  // re-mark what moved on. This also covers FerretDB's non-atomic conditional updates.
  const after = await byId.findByIds<T, SyncedRecord>(model, ids, { version: 1, searchSync: 1 });
  const expected = new Map(indexed.map((state) => [state.id, state]));
  const moved = after.filter((record) => {
    const state = expected.get(hex(record._id));
    if (!state || record.searchSync?.pending) return false;
    return state.version !== record.version || (record.searchSync?.since?.getTime() ?? 0) !== (state.since?.getTime() ?? 0);
  });
  if (moved.length) await markPending(model, moved.map((record) => hex(record._id)));
}

/**
 * After a rebuild that started at `startedAt`: every change made before it was read by the rebuild,
 * so its pending flag can go. One statement (one scan on FerretDB) whatever the number of records.
 */
export async function clearPendingChangedBefore<T>(model: Model<T>, startedAt: Date): Promise<void> {
  await model.updateMany({ 'searchSync.pending': true, 'searchSync.since': { $lte: startedAt } } as QueryFilter<T>, {
    $set: { 'searchSync.pending': false, 'searchSync.attempts': 0 },
    $unset: { 'searchSync.leaseUntil': 1 },
  });
}

/** Marks records pending without changing their version (e.g. their question's title changed). */
export async function markPending<T>(model: Model<T>, ids: readonly string[]): Promise<void> {
  if (!ids.length) return;
  await byId.updateManyByIds(model, ids, {}, { $set: { searchSync: pendingSearchSync() } });
}

/** After a failed attempt: count it and wait `delayMs` before the next claim (exponential backoff). */
export async function deferPending<T>(model: Model<T>, ids: string[], delayMs: number, now = new Date()): Promise<void> {
  if (!ids.length) return;
  await byId.updateManyByIds(model, ids, { 'searchSync.pending': true } as QueryFilter<T>, {
    $inc: { 'searchSync.attempts': 1 },
    $set: { 'searchSync.leaseUntil': new Date(now.getTime() + delayMs) },
  });
}

/** When the oldest pending change was made, or null when nothing is pending. */
export async function oldestPendingSince<T>(model: Model<T>): Promise<Date | null> {
  const [record] = await model.find({ 'searchSync.pending': true }, { searchSync: 1 }).sort({ 'searchSync.since': 1 }).limit(1).lean<SyncedRecord[]>();
  return record?.searchSync?.since ?? null;
}

/** Every record's id and version, for reconciliation with the index. */
export async function allVersions<T>(model: Model<T>): Promise<Array<{ id: string; version: number }>> {
  const records = await model.find({}, { version: 1 }).lean<SyncedRecord[]>();
  return records.map((record) => ({ id: hex(record._id), version: record.version }));
}

/**
 * Every record, `batchSize` at a time, through one cursor: one pass over the collection. (Keyset
 * pages by `_id: {$gt}` would be one query per page, and FerretDB scans the table for each.)
 */
export async function* streamAll<T, R>(model: Model<T>, projection: Record<string, 0 | 1>, batchSize: number): AsyncGenerator<R[]> {
  let batch: R[] = [];
  for await (const record of model.find({}, projection).lean<R[]>().cursor({ batchSize })) {
    batch.push(record as R);
    if (batch.length >= batchSize) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}
