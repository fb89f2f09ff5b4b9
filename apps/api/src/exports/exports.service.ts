import { Injectable, Logger } from '@nestjs/common';
import { hostname } from 'node:os';
import { UsersRepository } from '../accounts/users.repository';
import { AuditLogService } from '../audit/audit-log.service';
import { Actor } from '../auth/actor';
import { canRead, readerTokens } from '../auth/read-access';
import { HubError } from '../common/hub-error';
import { ContributionsRepository } from '../contributions/contributions.repository';
import { QuestionsRepository } from '../questions/questions.repository';
import { QuestionsService } from '../questions/questions.service';
import type { Synthesis } from '../questions/questions.types';
import type { SearchHit } from '../search/search-engine.port';
import { SearchResultSetQuery, SearchService } from '../search/search.service';
import { CONTENT_TYPES, EXTENSIONS, type ExportFormat, ExportMeta, toCsv, toJson, toXlsx } from './export-formats';
import { ExportBatch, ExportRecordKind, ExportRow, ExportRowsBuilder } from './export-rows';
import { ExportJob, ExportsRepository } from './exports.repository';
import { StartExportInput } from './exports.models';

/** Exports of this many items or fewer are produced within the request (through the same code). */
export const EXPORT_INLINE_MAX = 200;
/** A larger result set must be narrowed first (search pages stop at 10,000 too). */
export const EXPORT_ITEMS_MAX = 10_000;
/** How long a finished file can be downloaded. */
export const EXPORT_TTL_MS = 60 * 60_000;

export const exportDownloadPath = (job: Pick<ExportJob, 'id'>) => `/exports/${job.id}/file`;

/**
 * Exports of a question (with its contributions and latest synthesis) or of a search result set,
 * as CSV, XLSX or JSON. Every run reads as its requester (their read tokens, the same anonymity
 * rule as the API), so a file holds only what they may see; every finished export is audited.
 */
@Injectable()
export class ExportsService {
  private readonly logger = new Logger(ExportsService.name);
  private readonly holder = `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`;
  /** Exports up to this many items run within the request (tests lower it to reach the worker path). */
  inlineMax = EXPORT_INLINE_MAX;

  constructor(
    private readonly jobs: ExportsRepository,
    private readonly questionsService: QuestionsService,
    private readonly questions: QuestionsRepository,
    private readonly contributions: ContributionsRepository,
    private readonly search: SearchService,
    private readonly builder: ExportRowsBuilder,
    private readonly users: UsersRepository,
    private readonly audit: AuditLogService,
  ) {}

  async start(actor: Actor, input: StartExportInput): Promise<ExportJob> {
    if (!!input.questionId === !!input.search) {
      throw HubError.invalid([{ field: 'input', message: 'name either a question (questionId) or a search result set (search)' }]);
    }
    let total: number;
    let source: Record<string, unknown>;
    if (input.questionId) {
      const question = await this.questionsService.readable(actor, input.questionId);
      total = 2 + question.contributionIds.length;
      source = { questionId: question.id };
    } else {
      const search = input.search as SearchResultSetQuery;
      total = await this.search.count(actor, search);
      if (total > EXPORT_ITEMS_MAX) {
        throw HubError.invalid([{ field: 'input.search', message: `matches ${total} items; an export holds at most ${EXPORT_ITEMS_MAX}: narrow the search` }]);
      }
      source = { text: search.text.trim(), filters: compactFilters(search.filters), sort: search.sort };
    }
    const job = await this.jobs.create({
      requesterId: actor.userId,
      kind: input.questionId ? 'QUESTION' : 'SEARCH',
      format: input.format,
      language: input.language ?? 'en',
      source,
      total,
      expiresAt: new Date(Date.now() + EXPORT_TTL_MS),
    });
    if (total > this.inlineMax) return job;
    return (await this.claimAndRun(job)) ?? job;
  }

  /** The requester's own job; anyone else's is NOT_FOUND (its existence is not revealed). */
  async own(actor: Actor, id: string): Promise<ExportJob> {
    const job = await this.jobs.findById(id);
    if (!job || job.requesterId !== actor.userId) throw HubError.notFound('The export');
    return job;
  }

  mine(actor: Actor): Promise<ExportJob[]> {
    return this.jobs.ofRequester(actor.userId, 20);
  }

  /** The finished file of the requester's own job, piece by piece. */
  async download(actor: Actor, id: string): Promise<{ job: ExportJob; contentType: string; pieces: AsyncGenerator<Buffer> }> {
    const job = await this.own(actor, id);
    if (job.status !== 'DONE') throw HubError.conflict('The export is not ready yet.');
    if (job.expiresAt <= new Date() || !job.chunks) throw HubError.notFound('The export file (it has expired)');
    const jobs = this.jobs;
    async function* pieces(): AsyncGenerator<Buffer> {
      for (let n = 0; n < job.chunks; n++) {
        const piece = await jobs.readChunk(job.id, n);
        if (!piece) throw new Error(`export ${job.id} lost piece ${n}`);
        yield piece;
      }
    }
    return { job, contentType: CONTENT_TYPES[job.format], pieces: pieces() };
  }

  /** Runs the job's current attempt if this caller wins its claim; null when another run holds it. */
  async claimAndRun(job: ExportJob): Promise<ExportJob | null> {
    if (!(await this.jobs.claim(job.id, job.attempt, this.holder))) return null;
    return this.run(job);
  }

  private async run(job: ExportJob): Promise<ExportJob> {
    await this.jobs.update(job.id, { status: 'RUNNING', heartbeatAt: new Date(), done: 0 });
    try {
      const actor = await this.requester(job.requesterId);
      const progress = (done: number, total: number) => this.jobs.update(job.id, { status: 'RUNNING', done, total, heartbeatAt: new Date() });
      const rows: ExportRow[] = [];
      const exported: ExportBatch = { questions: [], contributions: [], syntheses: [] };
      if (job.kind === 'QUESTION') {
        const batch = await this.questionBatch(actor, String(job.source['questionId']));
        rows.push(...(await this.builder.rows(actor, itemsOfQuestion(batch), batch, job.language)));
        collect(exported, batch);
        await progress(rows.length, rows.length);
      } else {
        let done = 0;
        for await (const page of this.search.allHits(actor, job.source as unknown as SearchResultSetQuery, EXPORT_ITEMS_MAX)) {
          const batch = await this.hitsBatch(actor, page.hits);
          rows.push(...(await this.builder.rows(actor, page.hits.map(itemOfHit), batch, job.language)));
          collect(exported, batch);
          done += page.hits.length;
          await progress(done, Math.max(page.total, done));
        }
      }
      const meta: ExportMeta = { kind: job.kind, language: job.language, generatedAt: new Date(), source: job.source };
      const file = await render(job.format, rows, meta);
      const chunks = await this.jobs.writeFile(job.id, file);
      // Audited before it can be handed out.
      await this.auditExport(actor, job, rows.length, exported);
      const fileName = `${job.kind === 'QUESTION' ? `question-${String(job.source['questionId'])}` : 'search'}-${meta.generatedAt.toISOString().slice(0, 10)}.${EXTENSIONS[job.format]}`;
      const finished = await this.jobs.update(job.id, {
        status: 'DONE',
        rows: rows.length,
        fileName,
        size: file.length,
        chunks,
        heartbeatAt: new Date(),
        expiresAt: new Date(Date.now() + EXPORT_TTL_MS),
      });
      return finished ?? job;
    } catch (error) {
      if (!(error instanceof HubError)) this.logger.error(error);
      const failed = await this.jobs.update(job.id, { status: 'FAILED', error: error instanceof HubError ? error.message : 'The export failed; try again.' });
      return failed ?? job;
    }
  }

  /** The requester as they are now: a deactivated or erased account exports nothing. */
  private async requester(userId: string): Promise<Actor> {
    const [user] = await this.users.findByIds([userId]);
    if (!user || user.status !== 'ACTIVE') throw HubError.forbidden('The account that asked for this export is no longer active.');
    return { userId: user.id, sessionId: '', organisationId: user.organisationId, organisationType: user.organisationType, roles: user.roles, leadSectors: user.leadSectors, sectors: user.sectors };
  }

  private async questionBatch(actor: Actor, questionId: string): Promise<ExportBatch> {
    const tokens = readerTokens(actor);
    const [question] = await this.questions.findReadableByIds([questionId], tokens);
    if (!question) throw HubError.notFound('The question');
    const [readable, syntheses] = await Promise.all([this.contributions.findReadableByIds(question.contributionIds, tokens), this.questions.synthesesOf([question.id])]);
    const contributions = readable.filter((c) => c.questionId === question.id);
    return { questions: [question], contributions, syntheses: latestReadable(actor, syntheses) };
  }

  /** What the hits point at, re-read from MongoDB with the requester's tokens (the index may lag a change of access). */
  private async hitsBatch(actor: Actor, hits: SearchHit[]): Promise<ExportBatch> {
    const tokens = readerTokens(actor);
    const contributionIds = hits.filter((hit) => hit.kind === 'contribution').map((hit) => hit.id.slice(hit.id.indexOf(':') + 1));
    const synthesisOf = hits.filter((hit) => hit.kind === 'synthesis').map((hit) => hit.questionId);
    const contributions = await this.contributions.findReadableByIds(contributionIds, tokens);
    const questionIds = [...new Set([...hits.map((hit) => hit.questionId), ...contributions.map((c) => c.questionId)])];
    const [questions, syntheses] = await Promise.all([this.questions.findReadableByIds(questionIds, tokens), synthesisOf.length ? this.questions.synthesesOf(synthesisOf) : Promise.resolve([])]);
    return { questions, contributions, syntheses: latestReadable(actor, syntheses) };
  }

  private async auditExport(actor: Actor, job: ExportJob, rows: number, exported: ExportBatch): Promise<void> {
    const details = { jobId: job.id, format: job.format, language: job.language, rows };
    if (job.kind === 'QUESTION') {
      await this.audit.record({ actorId: actor.userId, action: 'EXPORT', targetType: 'QUESTION', targetId: String(job.source['questionId']), details });
    } else {
      // Codes only: the search text is the searcher's words and stays out of the log.
      const filters = job.source['filters'] as Record<string, string[]> | undefined;
      const codes = Object.entries(filters ?? {}).flatMap(([facet, values]) => values.map((value) => `${facet}:${value}`));
      await this.audit.record({ actorId: actor.userId, action: 'EXPORT', targetType: 'SEARCH_RESULTS', targetId: job.id, details: { ...details, filters: codes, sort: String(job.source['sort']), withText: !!job.source['text'] } });
    }
    const once = <T extends { id: string }>(items: T[]) => [...new Map(items.map((item) => [item.id, item])).values()];
    await this.audit.recordReads(actor, 'QUESTION', once(exported.questions));
    await this.audit.recordReads(actor, 'CONTRIBUTION', once(exported.contributions));
  }
}

function latestReadable(actor: Actor, syntheses: Synthesis[]): Synthesis[] {
  const latest = new Map<string, Synthesis>();
  for (const synthesis of syntheses) {
    if (!canRead(actor, synthesis.readableBy)) continue;
    const current = latest.get(synthesis.questionId);
    if (!current || synthesis.version > current.version) latest.set(synthesis.questionId, synthesis);
  }
  return [...latest.values()];
}

function itemsOfQuestion(batch: ExportBatch): Array<{ kind: ExportRecordKind; id: string }> {
  return [
    ...batch.questions.map((q) => ({ kind: 'question' as const, id: q.id })),
    ...batch.contributions.map((c) => ({ kind: 'contribution' as const, id: c.id })),
    ...batch.syntheses.map((s) => ({ kind: 'synthesis' as const, id: s.questionId })),
  ];
}

function itemOfHit(hit: SearchHit): { kind: ExportRecordKind; id: string } {
  if (hit.kind === 'contribution') return { kind: 'contribution', id: hit.id.slice(hit.id.indexOf(':') + 1) };
  return { kind: hit.kind, id: hit.questionId };
}

function collect(into: ExportBatch, batch: ExportBatch): void {
  into.questions.push(...batch.questions);
  into.contributions.push(...batch.contributions);
  into.syntheses.push(...batch.syntheses);
}

function compactFilters(filters: SearchResultSetQuery['filters']): Record<string, string[]> {
  return Object.fromEntries(Object.entries(filters ?? {}).filter(([, values]) => Array.isArray(values) && values.length)) as Record<string, string[]>;
}

async function render(format: ExportFormat, rows: ExportRow[], meta: ExportMeta): Promise<Buffer> {
  switch (format) {
    case 'CSV':
      return toCsv(rows);
    case 'XLSX':
      return toXlsx(rows, meta);
    case 'JSON':
      return toJson(rows, meta);
  }
}
