import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Language } from '@hub/domain';
import { Model, Types } from 'mongoose';
import { toHex as hex, toObjectId as oid } from '../common/object-ids';
import type { ExportFormat } from './export-formats';
import { isDuplicateKeyError } from '../accounts/duplicate-key';
import { chunkId, ExportChunkRecord, ExportClaimRecord, ExportJobRecord, type ExportKind, type ExportStatus } from './export-job.schema';

type ExportJobLean = ExportJobRecord & { _id: Types.ObjectId };

export interface ExportJob {
  id: string;
  requesterId: string;
  kind: ExportKind;
  format: ExportFormat;
  language: Language;
  source: Record<string, unknown>;
  status: ExportStatus;
  done: number;
  total: number;
  rows: number | null;
  attempt: number;
  heartbeatAt: Date | null;
  fileName: string | null;
  size: number;
  chunks: number;
  error: string | null;
  expiresAt: Date;
  createdAt: Date;
  updatedAt: Date;
}

function toJob(r: ExportJobLean): ExportJob {
  return {
    id: hex(r._id),
    requesterId: hex(r.requesterId),
    kind: r.kind,
    format: r.format,
    language: r.language,
    source: r.source,
    status: r.status,
    done: r.done ?? 0,
    total: r.total ?? 0,
    rows: r.rows ?? null,
    attempt: r.attempt ?? 1,
    heartbeatAt: r.heartbeatAt ?? null,
    fileName: r.fileName ?? null,
    size: r.size ?? 0,
    chunks: r.chunks ?? 0,
    error: r.error ?? null,
    expiresAt: r.expiresAt,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

/** 255 KB pieces: well under MongoDB's 16 MB document limit, and a few per typical export. */
export const CHUNK_BYTES = 255 * 1024;

@Injectable()
export class ExportsRepository implements OnModuleInit {
  constructor(
    @InjectModel(ExportJobRecord.name) private readonly jobs: Model<ExportJobRecord>,
    @InjectModel(ExportChunkRecord.name) private readonly chunks: Model<ExportChunkRecord>,
    @InjectModel(ExportClaimRecord.name) private readonly claims: Model<ExportClaimRecord>,
  ) {}

  /** True for exactly one caller per job attempt, whichever instance inserts first. */
  async claim(jobId: string, attempt: number, holder: string): Promise<boolean> {
    try {
      await this.claims.create({ _id: `${jobId}:${attempt}`, holder, claimedAt: new Date() });
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }

  async onModuleInit(): Promise<void> {
    await Promise.all([this.jobs.createIndexes(), this.chunks.createIndexes()]);
  }

  async create(job: Pick<ExportJob, 'requesterId' | 'kind' | 'format' | 'language' | 'source' | 'total' | 'expiresAt'>): Promise<ExportJob> {
    const created = await this.jobs.create({ ...job, requesterId: oid(job.requesterId), status: 'QUEUED' });
    return toJob(created.toObject() as ExportJobLean);
  }

  async findById(id: string): Promise<ExportJob | null> {
    if (!Types.ObjectId.isValid(id)) return null;
    const record = await this.jobs.findById(id).lean<ExportJobLean>();
    return record ? toJob(record) : null;
  }

  /** Jobs waiting for a worker, oldest first, and running ones whose heartbeat stopped before `staleBefore`. */
  async claimable(staleBefore: Date, limit: number): Promise<ExportJob[]> {
    const records = await this.jobs
      .find({ $or: [{ status: 'QUEUED' }, { status: 'RUNNING', heartbeatAt: { $lt: staleBefore } }] })
      .sort({ createdAt: 1 })
      .limit(limit)
      .lean<ExportJobLean[]>();
    return records.map(toJob);
  }

  /** Writes by `_id` only; the lease (not this update) decides who runs a job. */
  async update(id: string, fields: Partial<Pick<ExportJob, 'status' | 'done' | 'total' | 'rows' | 'attempt' | 'heartbeatAt' | 'fileName' | 'size' | 'chunks' | 'error' | 'expiresAt'>>): Promise<ExportJob | null> {
    const record = await this.jobs.findByIdAndUpdate(id, { $set: fields }, { returnDocument: 'after' }).lean<ExportJobLean>();
    return record ? toJob(record) : null;
  }

  async writeFile(id: string, file: Buffer): Promise<number> {
    const pieces = Math.max(1, Math.ceil(file.length / CHUNK_BYTES));
    // A retried attempt overwrites the pieces of the one before.
    await this.chunks.deleteMany({ jobId: oid(id) });
    for (let n = 0; n < pieces; n++) {
      await this.chunks.create({ _id: chunkId(id, n), jobId: oid(id), data: file.subarray(n * CHUNK_BYTES, (n + 1) * CHUNK_BYTES) });
    }
    return pieces;
  }

  /** One piece, read by `_id`. */
  async readChunk(id: string, n: number): Promise<Buffer | null> {
    const record = await this.chunks.findById(chunkId(id, n)).lean<{ data: Buffer | { buffer: Buffer } }>();
    if (!record) return null;
    return Buffer.isBuffer(record.data) ? record.data : Buffer.from(record.data.buffer);
  }

  /** Files of expired jobs go; the job documents stay as a record of what was exported. */
  async deleteExpiredFiles(now: Date): Promise<number> {
    const expired = await this.jobs.find({ expiresAt: { $lte: now }, chunks: { $gt: 0 } }, { _id: 1 }).lean<Array<{ _id: Types.ObjectId }>>();
    for (const job of expired) {
      await this.chunks.deleteMany({ jobId: job._id });
      await this.jobs.updateOne({ _id: job._id }, { $set: { chunks: 0 } });
    }
    return expired.length;
  }

  async ofRequester(userId: string, limit: number): Promise<ExportJob[]> {
    const records = await this.jobs.find({ requesterId: oid(userId) }).sort({ createdAt: -1 }).limit(limit).lean<ExportJobLean[]>();
    return records.map(toJob);
  }
}
