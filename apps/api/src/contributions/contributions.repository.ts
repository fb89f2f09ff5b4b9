import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Types } from 'mongoose';
import { pendingSearchSync, Revision } from '../content/revision';
import * as outbox from '../content/search-sync.queries';
import type { SearchSyncState } from '../content/search-sync.queries';
import { ContentChanges } from '../content/content-changes';
import { ContentWriteQueue, WHOLE_COLLECTION } from '../content/content-write-queue';
import { ContributionRecord } from './contribution.schema';
import { Contribution } from './contributions.types';
import { toHex as hex, toObjectId as oid, validObjectIds as validIds } from '../common/object-ids';
import * as byId from '../database/by-id-queries';
import { oldestFirst } from '../common/ordering';

type ContributionLean = ContributionRecord & { _id: Types.ObjectId };

export interface ContributionForSearch {
  contribution: Contribution;
  sync: SearchSyncState;
}

function toContributionForSearch(r: ContributionLean): ContributionForSearch {
  return { contribution: toContribution(r), sync: { id: hex(r._id), version: r.version, pending: !!r.searchSync?.pending, since: r.searchSync?.since ?? null, attempts: r.searchSync?.attempts ?? 0 } };
}


function toContribution(r: ContributionLean): Contribution {
  return {
    id: hex(r._id),
    questionId: hex(r.questionId),
    body: r.body,
    places: r.places,
    placeScope: r.placeScope,
    cohorts: r.cohorts,
    periodFrom: r.periodFrom ?? null,
    periodTo: r.periodTo ?? null,
    evidenceType: r.evidenceType,
    confidence: r.confidence,
    gatheringBasis: r.gatheringBasis ?? null,
    tags: r.tags,
    language: r.language,
    sensitivity: r.sensitivity,
    accessSectors: r.accessSectors,
    accessOrganisations: r.accessOrganisations.map(hex),
    accessUsers: r.accessUsers.map(hex),
    readableBy: r.readableBy,
    anonymous: r.anonymous,
    governorate: r.governorate ?? null,
    review: r.review ?? null,
    heldFor: r.heldFor ?? [],
    reviewReason: r.reviewReason ?? null,
    authorId: hex(r.authorId),
    organisationId: hex(r.organisationId),
    organisationType: r.organisationType,
    helpfulBy: (r.helpfulBy ?? []).map(hex),
    helpfulCount: r.helpfulCount ?? 0,
    version: r.version,
    createdAt: r.createdAt,
    expiresAt: r.expiresAt ?? null,
    archivedAt: r.archivedAt ?? null,
    updatedAt: r.updatedAt,
  };
}

export type ContributionFields = Omit<Contribution, 'id' | 'helpfulBy' | 'helpfulCount' | 'version' | 'createdAt' | 'updatedAt' | 'archivedAt'>;

function toRecordFields(fields: Partial<ContributionFields>): Record<string, unknown> {
  const record: Record<string, unknown> = { ...fields };
  for (const key of ['questionId', 'authorId', 'organisationId'] as const) if (fields[key]) record[key] = oid(fields[key]);
  if (fields.accessOrganisations) record['accessOrganisations'] = fields.accessOrganisations.map(oid);
  if (fields.accessUsers) record['accessUsers'] = fields.accessUsers.map(oid);
  return record;
}

const WITHOUT_REVISIONS = { revisions: 0 } as const;

@Injectable()
export class ContributionsRepository implements OnModuleInit {
  constructor(
    @InjectModel(ContributionRecord.name) private readonly model: Model<ContributionRecord>,
    private readonly changes: ContentChanges,
    private readonly writes: ContentWriteQueue,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.model.createIndexes();
  }

  async create(fields: ContributionFields): Promise<Contribution> {
    // A new document: no earlier write can touch it.
    return this.writes.run('contributions', [], async () => {
      const created = await this.model.create({ ...toRecordFields(fields), version: 1, searchSync: pendingSearchSync() });
      this.changes.notify('contribution', [created._id.toHexString()]);
      return toContribution(created.toObject() as ContributionLean);
    });
  }

  /** Readable contributions among `ids`, oldest first (a question's list: `contributionIds`). */
  async findReadableByIds(ids: readonly string[], tokens: string[]): Promise<Contribution[]> {
    const records = await byId.findByIds<ContributionRecord, ContributionLean>(this.model, validIds(ids), WITHOUT_REVISIONS, { readableBy: { $in: tokens } });
    return records.map(toContribution).sort(oldestFirst);
  }

  /** Every contribution of a question, whatever its access (to re-derive that access). */
  async ofQuestion(question: { id: string; contributionIds: string[] }): Promise<Contribution[]> {
    const records = await byId.findByIds<ContributionRecord, ContributionLean>(this.model, validIds(question.contributionIds), WITHOUT_REVISIONS, { questionId: oid(question.id) });
    return records.map(toContribution).sort(oldestFirst);
  }

  async revisions(id: string): Promise<Revision[]> {
    const record = await this.model.findById(id, { revisions: 1 }).lean<ContributionLean>();
    return (record?.revisions ?? []).map((r) => ({ at: r.at, by: hex(r.by), changes: r.changes }));
  }

  async update(id: string, expectedVersion: number, fields: Partial<ContributionFields>, revision: Revision): Promise<Contribution | null> {
    return this.writes.run('contributions', [id], async () => {
      const record = await byId.updateByIdIf<ContributionRecord, ContributionLean>(
        this.model,
        oid(id),
        { version: expectedVersion },
        {
          $set: { ...toRecordFields(fields), searchSync: pendingSearchSync() },
          $inc: { version: 1 },
          $push: { revisions: { at: revision.at, by: oid(revision.by), changes: revision.changes } },
        },
      );
      if (record) this.changes.notify('contribution', [id]);
      return record ? toContribution(record) : null;
    });
  }

  /** Adds the vote and its count in one write; a second vote by the same user matches nothing. */
  async addHelpful(id: string, userId: string): Promise<boolean> {
    return this.writes.run('contributions', [id], async () => {
      const voted = await byId.updateByIdIf(this.model, oid(id), { helpfulBy: { $ne: oid(userId) } }, { $push: { helpfulBy: oid(userId) }, $inc: { helpfulCount: 1, version: 1 }, $set: { searchSync: pendingSearchSync() } });
      if (voted) this.changes.notify('contribution', [id]);
      return !!voted;
    });
  }

  async removeHelpful(id: string, userId: string): Promise<boolean> {
    return this.writes.run('contributions', [id], async () => {
      const unvoted = await byId.updateByIdIf(this.model, oid(id), { helpfulBy: oid(userId) }, { $pull: { helpfulBy: oid(userId) }, $inc: { helpfulCount: -1, version: 1 }, $set: { searchSync: pendingSearchSync() } });
      if (unvoted) this.changes.notify('contribution', [id]);
      return !!unvoted;
    });
  }

  /** Contributions held for review, oldest first (the moderators' queue). */
  // --- Retention and personal data (retention/, data-protection/) ---

  /** Contributions past their expiry and not yet archived, oldest expiry first. */
  async expired(now: Date, limit: number): Promise<Contribution[]> {
    const records = await this.model.find({ expiresAt: { $lte: now }, archivedAt: { $exists: false } }, WITHOUT_REVISIONS).sort({ expiresAt: 1 }).limit(limit).lean<ContributionLean[]>();
    return records.map(toContribution);
  }

  async archive(id: string, readableBy: string[], at: Date): Promise<boolean> {
    return this.writes.run('contributions', [id], async () => {
      const archived = await byId.updateByIdIf(this.model, oid(id), { archivedAt: { $exists: false } }, { $set: { archivedAt: at, readableBy, searchSync: pendingSearchSync(at) }, $inc: { version: 1 } });
      if (archived) this.changes.notify('contribution', [id]);
      return !!archived;
    });
  }

  async byAuthor(userId: string): Promise<Contribution[]> {
    const records = await this.model.find({ authorId: oid(userId) }, WITHOUT_REVISIONS).sort({ createdAt: 1 }).lean<ContributionLean[]>();
    return records.map(toContribution);
  }

  /** Ids of the contributions a user found helpful (their votes). */
  async votedBy(userId: string): Promise<string[]> {
    const records = await this.model.find({ helpfulBy: oid(userId) }, { _id: 1 }).lean<Array<{ _id: Types.ObjectId }>>();
    return records.map((r) => hex(r._id));
  }

  async setReadableBy(updates: Array<{ id: string; readableBy: string[] }>): Promise<void> {
    const ids = updates.map((u) => u.id);
    return this.writes.run('contributions', ids, async () => {
      if (!updates.length) return;
      await this.model.bulkWrite(
        updates.map(({ id, readableBy }) => ({
          updateOne: {
            filter: { _id: oid(id) },
            update: { $set: { readableBy, searchSync: pendingSearchSync() }, $inc: { version: 1 } },
          },
        })),
      );
      this.changes.notify('contribution', ids);
    });
  }

  // --- Search outbox (see content/search-sync.queries.ts) ---

  async forSearch(ids: readonly string[]): Promise<ContributionForSearch[]> {
    const records = await byId.findByIds<ContributionRecord, ContributionLean>(this.model, ids.filter((id) => Types.ObjectId.isValid(id)), { revisions: 0, helpfulBy: 0 });
    return records.map(toContributionForSearch);
  }

  /** Every contribution, `batchSize` at a time, in one pass (see outbox.streamAll). */
  async *streamForSearch(batchSize: number): AsyncGenerator<ContributionForSearch[]> {
    for await (const records of outbox.streamAll<ContributionRecord, ContributionLean>(this.model, { revisions: 0, helpfulBy: 0 }, batchSize)) yield records.map(toContributionForSearch);
  }

  /** The outbox read runs outside the write queue (a scan on FerretDB); only the lease is a queued write. */
  async claimSearchPending(limit: number, leaseMs: number): Promise<string[]> {
    const ids = await outbox.findClaimable(this.model, limit);
    return this.writes.run('contributions', ids, () => outbox.lease(this.model, ids, leaseMs));
  }

  clearSearchPending(indexed: SearchSyncState[]): Promise<void> {
    return this.writes.run(
      'contributions',
      indexed.map((state) => state.id),
      () => outbox.clearPending(this.model, indexed),
    );
  }

  clearSearchPendingChangedBefore(startedAt: Date): Promise<void> {
    return this.writes.run('contributions', WHOLE_COLLECTION, () => outbox.clearPendingChangedBefore(this.model, startedAt));
  }

  deferSearchPending(ids: string[], delayMs: number): Promise<void> {
    return this.writes.run('contributions', ids, () => outbox.deferPending(this.model, ids, delayMs));
  }

  /** Marks contributions for re-indexing (their question's title or status changed) and hints the worker. */
  async markSearchPending(ids: string[]): Promise<void> {
    await this.writes.run('contributions', ids, () => outbox.markPending(this.model, validIds(ids).map(hex)));
    this.changes.notify('contribution', ids);
  }

  oldestSearchPendingSince(): Promise<Date | null> {
    return outbox.oldestPendingSince(this.model);
  }

  searchVersions(): Promise<Array<{ id: string; version: number }>> {
    return outbox.allVersions(this.model);
  }

  countAll(): Promise<number> {
    return this.model.countDocuments();
  }

  // --- Dashboards and exports (dashboard/, exports/) ---

  /** Readable contributions created in [from, to], as one projected cursor (numbers are aggregated in TypeScript). */
  async *scanReadable<T extends object>(tokens: string[], period: { from?: Date | null; to?: Date | null }, projection: Record<string, 1>): AsyncGenerator<T & { _id: Types.ObjectId }> {
    const filter: Record<string, unknown> = { readableBy: { $in: tokens } };
    if (period.from || period.to) filter['createdAt'] = { ...(period.from ? { $gte: period.from } : {}), ...(period.to ? { $lte: period.to } : {}) };
    for await (const record of this.model.find(filter, projection).lean().cursor()) yield record as unknown as T & { _id: Types.ObjectId };
  }

  // --- Notifications (notifications/): a background scan, never on a request path ---

  /** Contributions written since `since`, oldest write first (the notification sweep's crash recovery). */
  async changedSince(since: Date, limit: number): Promise<Contribution[]> {
    const records = await this.model.find({ updatedAt: { $gte: since } }, WITHOUT_REVISIONS).sort({ updatedAt: 1 }).limit(limit).lean<ContributionLean[]>();
    return records.map(toContribution);
  }
}
