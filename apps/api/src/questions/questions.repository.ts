import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { QueryFilter, Model, Types } from 'mongoose';
import type { QuestionStatus } from '@hub/domain';
import { CursorPosition } from '../common/connection';
import { pendingSearchSync, Revision } from '../content/revision';
import * as outbox from '../content/search-sync.queries';
import type { SearchSyncState } from '../content/search-sync.queries';
import { ContentChanges } from '../content/content-changes';
import { ContentWriteQueue, WHOLE_COLLECTION } from '../content/content-write-queue';
import { published, reviewFields } from '../content/review';
import { QuestionRecord } from './question.schema';
import { QuestionFilter, QuestionSort, ResearchQuestion, Synthesis } from './questions.types';
import { toHex as hex, toObjectId as oid, validObjectIds } from '../common/object-ids';
import * as byId from '../database/by-id-queries';

type QuestionLean = QuestionRecord & { _id: Types.ObjectId };

/** What the search index needs of a question: itself, its latest synthesis and its outbox state. */
export interface QuestionForSearch {
  question: ResearchQuestion;
  latestSynthesis: Synthesis | null;
  sync: SearchSyncState;
}

function toQuestionForSearch(r: QuestionLean): QuestionForSearch {
  // Held and rejected synthesis versions stay out of the index; the latest published one is searchable.
  const latest = published(r.syntheses ?? []).at(-1);
  return {
    question: toQuestion(r),
    latestSynthesis: latest
      ? {
          questionId: hex(r._id),
          version: latest.version,
          body: latest.body,
          citedContributions: latest.citedContributions.map(hex),
          authorId: hex(latest.authorId),
          sensitivity: latest.sensitivity,
          readableBy: latest.readableBy,
          publishedAt: latest.publishedAt,
          ...reviewFields(latest),
        }
      : null,
    sync: { id: hex(r._id), version: r.version, pending: !!r.searchSync?.pending, since: r.searchSync?.since ?? null, attempts: r.searchSync?.attempts ?? 0 },
  };
}


function toQuestion(r: QuestionLean): ResearchQuestion {
  return {
    id: hex(r._id),
    title: r.title,
    body: r.body,
    purpose: r.purpose,
    source: {
      assessment: r.source?.assessment ?? null,
      year: r.source?.year ?? null,
      indicator: r.source?.indicator ?? null,
      url: r.source?.url ?? null,
    },
    sectors: r.sectors,
    places: r.places,
    placeScope: r.placeScope,
    cohorts: r.cohorts,
    tags: r.tags,
    opensAt: r.opensAt ?? null,
    closesAt: r.closesAt ?? null,
    invitedOrganisations: r.invitedOrganisations.map(hex),
    invitedSectors: r.invitedSectors,
    sensitivity: r.sensitivity,
    accessSectors: r.accessSectors,
    accessOrganisations: r.accessOrganisations.map(hex),
    accessUsers: r.accessUsers.map(hex),
    readableBy: r.readableBy,
    status: r.status,
    ...reviewFields(r),
    authorId: hex(r.authorId),
    organisationId: hex(r.organisationId),
    organisationType: r.organisationType,
    duplicateOf: r.duplicateOf ? hex(r.duplicateOf) : null,
    related: r.related.map(hex),
    contributionIds: (r.contributionIds ?? []).map(hex),
    linkedFrom: (r.linkedFrom ?? []).map(hex),
    closedAt: r.closedAt ?? null,
    version: r.version,
    createdAt: r.createdAt,
    expiresAt: r.expiresAt ?? null,
    archivedAt: r.archivedAt ?? null,
    updatedAt: r.updatedAt,
  };
}

function toRevisions(record: Pick<QuestionLean, 'revisions'>): Revision[] {
  return (record.revisions ?? []).map((r) => ({ at: r.at, by: hex(r.by), changes: r.changes }));
}

function toSyntheses(record: Pick<QuestionLean, '_id' | 'syntheses'>): Synthesis[] {
  return (record.syntheses ?? []).map((s) => ({
    questionId: hex(record._id),
    version: s.version,
    body: s.body,
    citedContributions: s.citedContributions.map(hex),
    authorId: hex(s.authorId),
    sensitivity: s.sensitivity,
    readableBy: s.readableBy,
    publishedAt: s.publishedAt,
    ...reviewFields(s),
  }));
}

/** The stored shape of the fields a service may set (ids as strings; the repository converts). */
export type QuestionFields = Omit<ResearchQuestion, 'id' | 'version' | 'createdAt' | 'updatedAt' | 'duplicateOf' | 'related' | 'contributionIds' | 'linkedFrom' | 'closedAt' | 'archivedAt'>;

function toRecordFields(fields: Partial<QuestionFields>): Record<string, unknown> {
  const record: Record<string, unknown> = { ...fields };
  if (fields.invitedOrganisations) record['invitedOrganisations'] = fields.invitedOrganisations.map(oid);
  if (fields.accessOrganisations) record['accessOrganisations'] = fields.accessOrganisations.map(oid);
  if (fields.accessUsers) record['accessUsers'] = fields.accessUsers.map(oid);
  if (fields.authorId) record['authorId'] = oid(fields.authorId);
  if (fields.organisationId) record['organisationId'] = oid(fields.organisationId);
  return record;
}

const WITHOUT_REVISIONS = { revisions: 0, syntheses: 0 } as const;

const SORTS: Record<QuestionSort, { field: 'createdAt' | 'closesAt'; direction: 1 | -1 }> = {
  NEWEST: { field: 'createdAt', direction: -1 },
  OLDEST: { field: 'createdAt', direction: 1 },
  CLOSING_SOON: { field: 'closesAt', direction: 1 },
};

@Injectable()
export class QuestionsRepository implements OnModuleInit {
  constructor(
    @InjectModel(QuestionRecord.name) private readonly model: Model<QuestionRecord>,
    private readonly changes: ContentChanges,
    private readonly writes: ContentWriteQueue,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.model.createIndexes();
  }

  async create(fields: QuestionFields): Promise<ResearchQuestion> {
    // A new document: no earlier write can touch it.
    return this.writes.run('questions', [], async () => {
      const now = new Date();
      const created = await this.model.create({ ...toRecordFields(fields), lastActivityAt: now, version: 1, searchSync: pendingSearchSync(now) });
      this.changes.notify('question', [created._id.toHexString()]);
      return toQuestion(created.toObject() as QuestionLean);
    });
  }

  async findById(id: string): Promise<ResearchQuestion | null> {
    if (!Types.ObjectId.isValid(id)) return null;
    const record = await this.model.findById(id, WITHOUT_REVISIONS).lean<QuestionLean>();
    return record ? toQuestion(record) : null;
  }

  /** Readable questions among `ids`, in one query (DataLoader batch function). */
  async findReadableByIds(ids: readonly string[], tokens: string[]): Promise<ResearchQuestion[]> {
    const records = await byId.findByIds<QuestionRecord, QuestionLean>(this.model, validObjectIds(ids), WITHOUT_REVISIONS, { readableBy: { $in: tokens } });
    return records.map(toQuestion);
  }

  /** Each question's revision history, in one query (DataLoader batch function). */
  async revisionsOf(ids: readonly string[]): Promise<Array<{ questionId: string; revisions: Revision[] }>> {
    const records = await byId.findByIds<QuestionRecord, QuestionLean>(this.model, validObjectIds(ids), { revisions: 1 });
    return records.map((record) => ({ questionId: hex(record._id), revisions: toRevisions(record) }));
  }

  async list(
    filter: QuestionFilter,
    tokens: string[],
    sort: QuestionSort,
    after: CursorPosition | null,
    first: number,
  ): Promise<{ items: ResearchQuestion[]; totalCount: number; hasNextPage: boolean }> {
    const query = this.filterQuery(filter, tokens);
    const { field, direction } = SORTS[sort];
    const page: QueryFilter<QuestionRecord> = { ...query };
    if (after) {
      // Keyset pagination: strictly after the cursor's (key, _id) in the sort order.
      const key = field === 'createdAt' || field === 'closesAt' ? new Date(Number(after.key)) : after.key;
      const beyond = direction === 1 ? '$gt' : '$lt';
      page.$or = [{ [field]: { [beyond]: key } }, { [field]: key, _id: { [beyond]: oid(after.id) } }];
    }
    if (field === 'closesAt') page['closesAt'] = { ...(page['closesAt'] as object), $exists: true };
    const [records, totalCount] = await Promise.all([
      this.model
        .find(page, WITHOUT_REVISIONS)
        .sort({ [field]: direction, _id: direction })
        .limit(first + 1)
        .lean<QuestionLean[]>(),
      this.model.countDocuments(field === 'closesAt' ? { ...query, closesAt: { $exists: true } } : query),
    ]);
    return { items: records.slice(0, first).map(toQuestion), totalCount, hasNextPage: records.length > first };
  }

  private filterQuery(filter: QuestionFilter, tokens: string[]): QueryFilter<QuestionRecord> {
    const query: QueryFilter<QuestionRecord> = { readableBy: { $in: tokens } };
    if (filter.sectors?.length) query.sectors = { $in: filter.sectors };
    if (filter.place) query.placeScope = filter.place;
    if (filter.cohorts?.length) query.cohorts = { $in: filter.cohorts };
    if (filter.statuses?.length) query.status = { $in: filter.statuses };
    if (filter.tags?.length) query.tags = { $in: filter.tags };
    if (filter.organisationTypes?.length) query.organisationType = { $in: filter.organisationTypes };
    if (filter.createdFrom || filter.createdTo) {
      query.createdAt = { ...(filter.createdFrom ? { $gte: filter.createdFrom } : {}), ...(filter.createdTo ? { $lte: filter.createdTo } : {}) };
    }
    return query;
  }

  /**
   * Applies an edit and its revision in one document write, only if nobody changed the question
   * since `expectedVersion` was read (optimistic concurrency; no lost updates).
   */
  async update(id: string, expectedVersion: number, fields: Partial<QuestionFields> & { duplicateOf?: string | null; related?: string[] }, revision: Revision | null, expectedStatus?: QuestionStatus): Promise<ResearchQuestion | null> {
    // The question and, for the reverse links written here too, the questions it links to.
    return this.writes.run('questions', [id, ...(fields.related ?? [])], async () => {
      const set: Record<string, unknown> = { ...toRecordFields(fields), lastActivityAt: new Date(), searchSync: pendingSearchSync() };
      const unset: Record<string, 1> = {};
      if ('duplicateOf' in fields) {
        if (fields.duplicateOf) set['duplicateOf'] = oid(fields.duplicateOf);
        else {
          delete set['duplicateOf'];
          unset['duplicateOf'] = 1;
        }
      }
      if (fields.related) set['related'] = fields.related.map(oid);
      if (fields.status === 'CLOSED') set['closedAt'] = new Date();
      const update: Record<string, unknown> = { $set: set, $inc: { version: 1 } };
      if (Object.keys(unset).length) update['$unset'] = unset;
      if (revision) update['$push'] = { revisions: { at: revision.at, by: oid(revision.by), changes: revision.changes } };
      const record = await byId.updateByIdIf<QuestionRecord, QuestionLean>(this.model, oid(id), { version: expectedVersion, ...(expectedStatus ? { status: expectedStatus } : {}) }, update);
      if (!record) return null;
      this.changes.notify('question', [id]);
      // The reverse links, at once for the readers; the search worker re-checks them (a crash here heals).
      if (fields.related?.length) await this.linkBack(id, fields.related);
      return toQuestion(record);
    });
  }

  /** Every synthesis version of the given questions, in one query (DataLoader batch function). */
  async synthesesOf(questionIds: readonly string[]): Promise<Synthesis[]> {
    const records = await byId.findByIds<QuestionRecord, QuestionLean>(this.model, validObjectIds(questionIds), { syntheses: 1 });
    return records.flatMap(toSyntheses);
  }

  /**
   * Readable questions with every synthesis version (and, when the page shows it, the revision
   * history), in one query: what a question page reads first.
   */
  async findReadableWithSynthesesByIds(
    ids: readonly string[],
    tokens: string[],
    { withRevisions = false } = {},
  ): Promise<Array<{ question: ResearchQuestion; syntheses: Synthesis[]; revisions: Revision[] | null }>> {
    const records = await byId.findByIds<QuestionRecord, QuestionLean>(this.model, validObjectIds(ids), withRevisions ? {} : { revisions: 0 }, { readableBy: { $in: tokens } });
    return records.map((record) => ({ question: toQuestion(record), syntheses: toSyntheses(record), revisions: withRevisions ? toRevisions(record) : null }));
  }

  /**
   * Appends a synthesis version (and, when asked, closes the question) in one write, only if the
   * question is still at `expectedVersion` and has `expectedSyntheses` versions.
   */
  async appendSynthesis(id: string, expectedVersion: number, synthesis: Omit<Synthesis, 'questionId'>, close: boolean): Promise<ResearchQuestion | null> {
    return this.writes.run('questions', [id], async () => {
      const now = new Date();
      const set: Record<string, unknown> = { lastActivityAt: now, searchSync: pendingSearchSync(now) };
      if (close) {
        set['status'] = 'CLOSED';
        set['closedAt'] = now;
      }
      const record = await byId.updateByIdIf<QuestionRecord, QuestionLean>(
        this.model,
        oid(id),
        { version: expectedVersion },
        {
          $set: set,
          $inc: { version: 1 },
          $push: {
            syntheses: {
              ...synthesis,
              citedContributions: synthesis.citedContributions.map(oid),
              authorId: oid(synthesis.authorId),
            },
          },
        },
      );
      if (record) this.changes.notify('question', [id]);
      return record ? toQuestion(record) : null;
    });
  }

  /**
   * Questions that list `question` as related. A link is written on its own side in one write;
   * `linkedFrom` on the other side is derived and may hold a stale id, so each is checked.
   */
  async linkingTo(question: Pick<ResearchQuestion, 'id' | 'linkedFrom'>, tokens: string[]): Promise<ResearchQuestion[]> {
    const records = await byId.findByIds<QuestionRecord, QuestionLean>(this.model, validObjectIds(question.linkedFrom), WITHOUT_REVISIONS, {
      readableBy: { $in: tokens },
      related: oid(question.id),
    });
    return records.map(toQuestion);
  }

  // --- Derived lists (see question.schema.ts): written by `_id` only, no version change ---

  /** Lists contributions under their question; adding one already listed changes nothing. */
  async addContributions(questionId: string, contributionIds: string[]): Promise<void> {
    if (!contributionIds.length) return;
    await this.writes.run('questions', [questionId], () =>
      this.model.updateOne({ _id: oid(questionId) }, { $addToSet: { contributionIds: { $each: contributionIds.map(oid) } } }),
    );
  }

  /** Records on each of `relatedIds` that `fromId` links to it. */
  async addLinkedFrom(fromId: string, relatedIds: string[]): Promise<void> {
    await this.writes.run('questions', relatedIds, () => this.linkBack(fromId, relatedIds));
  }

  /** addLinkedFrom for callers whose turn in the write queue already covers `relatedIds` (turns do not nest). */
  private linkBack(fromId: string, relatedIds: string[]): Promise<void> {
    return byId.updateManyByIds(this.model, validObjectIds(relatedIds), { linkedFrom: { $ne: oid(fromId) } }, { $addToSet: { linkedFrom: oid(fromId) } });
  }

  async findByTitle(title: string): Promise<ResearchQuestion | null> {
    const record = await this.model.findOne({ title }, WITHOUT_REVISIONS).lean<QuestionLean>();
    return record ? toQuestion(record) : null;
  }

  // --- Retention and personal data (retention/, data-protection/) ---

  /** Questions past their expiry and not yet archived, oldest expiry first. */
  async expired(now: Date, limit: number): Promise<ResearchQuestion[]> {
    const records = await this.model.find({ expiresAt: { $lte: now }, archivedAt: { $exists: false } }, WITHOUT_REVISIONS).sort({ expiresAt: 1 }).limit(limit).lean<QuestionLean[]>();
    return records.map(toQuestion);
  }

  /** Archives once (the retention lease makes this run on one instance only). */
  async archive(id: string, readableBy: string[], at: Date): Promise<boolean> {
    return this.writes.run('questions', [id], async () => {
      const archived = await byId.updateByIdIf(this.model, oid(id), { archivedAt: { $exists: false } }, { $set: { archivedAt: at, readableBy, searchSync: pendingSearchSync(at) }, $inc: { version: 1 } });
      if (archived) this.changes.notify('question', [id]);
      return !!archived;
    });
  }

  async byAuthor(userId: string): Promise<ResearchQuestion[]> {
    const records = await this.model.find({ authorId: oid(userId) }, WITHOUT_REVISIONS).sort({ createdAt: 1 }).lean<QuestionLean[]>();
    return records.map(toQuestion);
  }

  async countAll(): Promise<number> {
    return this.model.countDocuments();
  }

  // --- Search outbox (see content/search-sync.queries.ts) ---

  async forSearch(ids: readonly string[]): Promise<QuestionForSearch[]> {
    const records = await byId.findByIds<QuestionRecord, QuestionLean>(this.model, ids.filter((id) => Types.ObjectId.isValid(id)), { revisions: 0 });
    return records.map(toQuestionForSearch);
  }

  /** Every question, `batchSize` at a time, in one pass (see outbox.streamAll). */
  async *streamForSearch(batchSize: number): AsyncGenerator<QuestionForSearch[]> {
    for await (const records of outbox.streamAll<QuestionRecord, QuestionLean>(this.model, { revisions: 0 }, batchSize)) yield records.map(toQuestionForSearch);
  }

  /** The outbox read runs outside the write queue (a scan on FerretDB); only the lease is a queued write. */
  async claimSearchPending(limit: number, leaseMs: number): Promise<string[]> {
    const ids = await outbox.findClaimable(this.model, limit);
    return this.writes.run('questions', ids, () => outbox.lease(this.model, ids, leaseMs));
  }

  clearSearchPending(indexed: SearchSyncState[]): Promise<void> {
    return this.writes.run(
      'questions',
      indexed.map((state) => state.id),
      () => outbox.clearPending(this.model, indexed),
    );
  }

  clearSearchPendingChangedBefore(startedAt: Date): Promise<void> {
    return this.writes.run('questions', WHOLE_COLLECTION, () => outbox.clearPendingChangedBefore(this.model, startedAt));
  }

  deferSearchPending(ids: string[], delayMs: number): Promise<void> {
    return this.writes.run('questions', ids, () => outbox.deferPending(this.model, ids, delayMs));
  }

  async markSearchPending(ids: string[]): Promise<void> {
    await this.writes.run('questions', ids, () => outbox.markPending(this.model, validObjectIds(ids).map(hex)));
    this.changes.notify('question', ids);
  }

  oldestSearchPendingSince(): Promise<Date | null> {
    return outbox.oldestPendingSince(this.model);
  }

  searchVersions(): Promise<Array<{ id: string; version: number }>> {
    return outbox.allVersions(this.model);
  }

  /** Questions that have at least one synthesis, with their version (the synthesis document's version). */
  async synthesisVersions(): Promise<Array<{ id: string; version: number }>> {
    const records = await this.model.find({ 'syntheses.0': { $exists: true } }, { version: 1 }).lean<QuestionLean[]>();
    return records.map((record) => ({ id: hex(record._id), version: record.version }));
  }

  // --- Notifications (notifications/): background scans, never on a request path ---

  /** Questions written since `since`, oldest write first (the notification sweep's crash recovery). */
  async changedSince(since: Date, limit: number): Promise<ResearchQuestion[]> {
    const records = await this.model.find({ updatedAt: { $gte: since } }, WITHOUT_REVISIONS).sort({ updatedAt: 1 }).limit(limit).lean<QuestionLean[]>();
    return records.map(toQuestion);
  }

  /** Open questions whose discussion window closes in [from, to) (closing reminders). */
  async closingBetween(from: Date, to: Date, limit: number): Promise<ResearchQuestion[]> {
    const records = await this.model.find({ status: 'OPEN', closesAt: { $gte: from, $lt: to } }, WITHOUT_REVISIONS).sort({ closesAt: 1 }).limit(limit).lean<QuestionLean[]>();
    return records.map(toQuestion);
  }

  // --- Dashboards and exports (dashboard/, exports/) ---

  /**
   * The list's own filter and read tokens as one projected cursor, for numbers aggregated in
   * TypeScript (FerretDB has no $facet, $lookup or $min/$max, and scans any filter but `_id`).
   */
  async *scanReadable<T extends object>(filter: QuestionFilter, tokens: string[], projection: Record<string, 1>): AsyncGenerator<T & { _id: Types.ObjectId }> {
    for await (const record of this.model.find(this.filterQuery(filter, tokens), projection).lean().cursor()) yield record as unknown as T & { _id: Types.ObjectId };
  }
}
