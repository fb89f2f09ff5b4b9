import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Types } from 'mongoose';
import { pendingSearchSync, Revision } from '../content/revision';
import * as outbox from '../content/search-sync.queries';
import type { SearchSyncState } from '../content/search-sync.queries';
import { ContentChanges, ContentWriteQueue } from '../content/content-changes';
import { ContributionRecord } from './contribution.schema';
import { Contribution, ContributionStats } from './contributions.types';
import { toHex as hex, toObjectId as oid, validObjectIds as validIds } from '../common/object-ids';

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
    return this.writes.run('contributions', async () => {
      const created = await this.model.create({ ...toRecordFields(fields), version: 1, searchSync: pendingSearchSync() });
      this.changes.notify('contribution', [created._id.toHexString()]);
      return toContribution(created.toObject() as ContributionLean);
    });
  }

  async findReadableByIds(ids: readonly string[], tokens: string[]): Promise<Contribution[]> {
    const records = await this.model.find({ _id: { $in: validIds(ids) }, readableBy: { $in: tokens } }, WITHOUT_REVISIONS).lean<ContributionLean[]>();
    return records.map(toContribution);
  }

  /** Readable contributions of several questions, oldest first, in one query (DataLoader batch). */
  async readableForQuestions(questionIds: readonly string[], tokens: string[]): Promise<Contribution[]> {
    const records = await this.model
      .find({ questionId: { $in: validIds(questionIds) }, readableBy: { $in: tokens } }, WITHOUT_REVISIONS)
      .sort({ createdAt: 1, _id: 1 })
      .lean<ContributionLean[]>();
    return records.map(toContribution);
  }

  /** Per question: how many readable contributions, and when the first came (one aggregation). */
  async statsForQuestions(questionIds: readonly string[], tokens: string[]): Promise<ContributionStats[]> {
    const rows = await this.model.aggregate<{ _id: Types.ObjectId; count: number; first: Date }>([
      { $match: { questionId: { $in: validIds(questionIds) }, readableBy: { $in: tokens } } },
      { $group: { _id: '$questionId', count: { $sum: 1 } } },
    ]);
    return rows.map((row) => ({ questionId: hex(row._id), count: row.count }));
  }

  async revisions(id: string): Promise<Revision[]> {
    const record = await this.model.findById(id, { revisions: 1 }).lean<ContributionLean>();
    return (record?.revisions ?? []).map((r) => ({ at: r.at, by: hex(r.by), changes: r.changes }));
  }

  async update(id: string, expectedVersion: number, fields: Partial<ContributionFields>, revision: Revision): Promise<Contribution | null> {
    return this.writes.run('contributions', async () => {
      const record = await this.model
        .findOneAndUpdate(
          { _id: oid(id), version: expectedVersion },
          {
            $set: { ...toRecordFields(fields), searchSync: pendingSearchSync() },
            $inc: { version: 1 },
            $push: { revisions: { at: revision.at, by: oid(revision.by), changes: revision.changes } },
          },
          { returnDocument: 'after' },
        )
        .lean<ContributionLean>();
      if (record) this.changes.notify('contribution', [id]);
      return record ? toContribution(record) : null;
    });
  }

  /** Adds the vote and its count in one write; a second vote by the same user matches nothing. */
  async addHelpful(id: string, userId: string): Promise<boolean> {
    return this.writes.run('contributions', async () => {
      const result = await this.model.updateOne(
        { _id: oid(id), helpfulBy: { $ne: oid(userId) } },
        { $push: { helpfulBy: oid(userId) }, $inc: { helpfulCount: 1, version: 1 }, $set: { searchSync: pendingSearchSync() } },
      );
      if (result.modifiedCount === 1) this.changes.notify('contribution', [id]);
      return result.modifiedCount === 1;
    });
  }

  async removeHelpful(id: string, userId: string): Promise<boolean> {
    return this.writes.run('contributions', async () => {
      const result = await this.model.updateOne(
        { _id: oid(id), helpfulBy: oid(userId) },
        { $pull: { helpfulBy: oid(userId) }, $inc: { helpfulCount: -1, version: 1 }, $set: { searchSync: pendingSearchSync() } },
      );
      if (result.modifiedCount === 1) this.changes.notify('contribution', [id]);
      return result.modifiedCount === 1;
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
    return this.writes.run('contributions', async () => {
      const result = await this.model.updateOne(
        { _id: oid(id), archivedAt: { $exists: false } },
        { $set: { archivedAt: at, readableBy, searchSync: pendingSearchSync(at) }, $inc: { version: 1 } },
      );
      return result.modifiedCount === 1;
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

  async heldForReview(limit: number): Promise<Contribution[]> {
    const records = await this.model.find({ review: 'HELD' }, WITHOUT_REVISIONS).sort({ createdAt: 1 }).limit(limit).lean<ContributionLean[]>();
    return records.map(toContribution);
  }

  /** Records a moderation decision and the access that follows from it, in one write. */
  async decideReview(id: string, review: 'APPROVED' | 'REJECTED', readableBy: string[]): Promise<Contribution | null> {
    return this.writes.run('contributions', async () => {
      const record = await this.model
        .findOneAndUpdate(
          { _id: oid(id), review: 'HELD' },
          { $set: { review, readableBy, searchSync: pendingSearchSync() }, $inc: { version: 1 } },
          { returnDocument: 'after' },
        )
        .lean<ContributionLean>();
      if (record) this.changes.notify('contribution', [id]);
      return record ? toContribution(record) : null;
    });
  }

  /** Everything needed to recompute effective access after the question's access changed. */
  async accessOfQuestion(questionId: string): Promise<Contribution[]> {
    const records = await this.model.find({ questionId: oid(questionId) }, WITHOUT_REVISIONS).lean<ContributionLean[]>();
    return records.map(toContribution);
  }

  async setReadableBy(updates: Array<{ id: string; readableBy: string[] }>): Promise<void> {
    return this.writes.run('contributions', async () => {
      if (!updates.length) return;
      await this.model.bulkWrite(
        updates.map(({ id, readableBy }) => ({
          updateOne: {
            filter: { _id: oid(id) },
            update: { $set: { readableBy, searchSync: pendingSearchSync() }, $inc: { version: 1 } },
          },
        })),
      );
      this.changes.notify('contribution', updates.map((u) => u.id));
    });
  }

  // --- Search outbox (see content/search-sync.queries.ts) ---

  async forSearch(ids: readonly string[]): Promise<ContributionForSearch[]> {
    const records = await outbox.findByIds<ContributionRecord, ContributionLean>(this.model, ids.filter((id) => Types.ObjectId.isValid(id)), { revisions: 0, helpfulBy: 0 });
    return records.map(toContributionForSearch);
  }

  /** Every contribution in _id order, `batchSize` at a time (keyset paging, no long-lived cursor). */
  async *streamForSearch(batchSize: number): AsyncGenerator<ContributionForSearch[]> {
    let after: Types.ObjectId | null = null;
    for (;;) {
      const records: ContributionLean[] = await this.model
        .find(after ? { _id: { $gt: after } } : {}, { revisions: 0, helpfulBy: 0 })
        .sort({ _id: 1 })
        .limit(batchSize)
        .lean<ContributionLean[]>();
      if (!records.length) return;
      after = records[records.length - 1]._id;
      yield records.map(toContributionForSearch);
    }
  }

  claimSearchPending(limit: number, leaseMs: number): Promise<string[]> {
    return this.writes.run('contributions', async () => {
      return outbox.claimPending(this.model, limit, leaseMs);
    });
  }

  clearSearchPending(indexed: SearchSyncState[]): Promise<void> {
    return this.writes.run('contributions', async () => {
      return outbox.clearPending(this.model, indexed);
    });
  }

  deferSearchPending(ids: string[], delayMs: number): Promise<void> {
    return this.writes.run('contributions', async () => {
      return outbox.deferPending(this.model, ids, delayMs);
    });
  }

  markSearchPending(ids: string[]): Promise<void> {
    return this.writes.run('contributions', async () => {
      return outbox.markPending(this.model, ids);
    });
  }

  /** Re-index every contribution of a question (they carry its title and status). */
  markSearchPendingForQuestions(questionIds: string[]): Promise<void> {
    return this.writes.run('contributions', async () => {
      if (!questionIds.length) return Promise.resolve();
      return outbox.markPending(this.model, [], { questionId: { $in: validIds(questionIds) } });
    });
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

  // --- Notifications (notifications/): a background scan, never on a request path ---

  /** Contributions written since `since`, oldest write first (the notification sweep's crash recovery). */
  async changedSince(since: Date, limit: number): Promise<Contribution[]> {
    const records = await this.model.find({ updatedAt: { $gte: since } }, WITHOUT_REVISIONS).sort({ updatedAt: 1 }).limit(limit).lean<ContributionLean[]>();
    return records.map(toContribution);
  }
}
