import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, QueryFilter, Types } from 'mongoose';
import { CursorPosition } from '../common/connection';
import { AuditEntryRecord } from './audit-entry.schema';
import { AuditEntry, AuditFilter, NewAuditEntry } from './audit.types';

type AuditLean = AuditEntryRecord & { _id: Types.ObjectId };

function toEntry(record: AuditLean): AuditEntry {
  return {
    id: record._id.toHexString(),
    at: record.at,
    actorId: record.actorId ? record.actorId.toHexString() : null,
    action: record.action,
    targetType: record.targetType ?? null,
    targetId: record.targetId ?? null,
    details: record.details ?? {},
  };
}

/**
 * The audit log's storage. Deliberately only `append` and reads: the application never updates
 * or deletes an entry (retention of the log itself is an operator's decision, outside the app).
 */
@Injectable()
export class AuditRepository implements OnModuleInit {
  constructor(@InjectModel(AuditEntryRecord.name) private readonly model: Model<AuditEntryRecord>) {}

  async onModuleInit(): Promise<void> {
    await this.model.createIndexes();
  }

  async append(entries: readonly NewAuditEntry[]): Promise<void> {
    if (!entries.length) return;
    const at = new Date();
    await this.model.insertMany(
      entries.map((entry) => ({
        at,
        actorId: entry.actorId && Types.ObjectId.isValid(entry.actorId) ? new Types.ObjectId(entry.actorId) : null,
        action: entry.action,
        targetType: entry.targetType,
        targetId: entry.targetId,
        details: entry.details ?? {},
      })),
    );
  }

  /** Newest first; `after` is the last position seen (its time and id). */
  async page(filter: AuditFilter, after: CursorPosition | null, first: number): Promise<{ entries: AuditEntry[]; totalCount: number; hasNextPage: boolean }> {
    const scope = toQuery(filter);
    const position: QueryFilter<AuditEntryRecord> = after
      ? { $or: [{ at: { $lt: new Date(Number(after.key)) } }, { at: new Date(Number(after.key)), _id: { $lt: new Types.ObjectId(after.id) } }] }
      : {};
    const [records, totalCount] = await Promise.all([
      this.model.find({ $and: [scope, position] }).sort({ at: -1, _id: -1 }).limit(first + 1).lean<AuditLean[]>(),
      this.model.countDocuments(scope),
    ]);
    return { entries: records.slice(0, first).map(toEntry), totalCount, hasNextPage: records.length > first };
  }

  /** For exports: at most `limit` entries, newest first. */
  async list(filter: AuditFilter, limit: number): Promise<AuditEntry[]> {
    const records = await this.model.find(toQuery(filter)).sort({ at: -1, _id: -1 }).limit(limit).lean<AuditLean[]>();
    return records.map(toEntry);
  }
}

function toQuery(filter: AuditFilter): QueryFilter<AuditEntryRecord> {
  const query: QueryFilter<AuditEntryRecord> = {};
  if (filter.actions?.length) query.action = { $in: filter.actions };
  if (filter.actorId) query.actorId = Types.ObjectId.isValid(filter.actorId) ? new Types.ObjectId(filter.actorId) : null;
  if (filter.targetId) query.targetId = filter.targetId;
  if (filter.from || filter.to) query.at = { ...(filter.from ? { $gte: filter.from } : {}), ...(filter.to ? { $lte: filter.to } : {}) };
  return query;
}
