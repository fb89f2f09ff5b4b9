import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { smallCell, type QuestionStatus } from '@hub/domain';
import { Types } from 'mongoose';
import { Actor } from '../auth/actor';
import { canRead, readerTokens } from '../auth/read-access';
import { FieldProblem, HubError } from '../common/hub-error';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { ContentChanges } from '../content/content-changes';
import { ContributionsRepository } from '../contributions/contributions.repository';
import { QuestionsRepository } from '../questions/questions.repository';
import { VocabulariesService } from '../vocabularies/vocabularies.service';
import {
  DashboardContributionRow,
  DashboardFilter,
  dashboardNumbers,
  DashboardQuestionRow,
  filledMonths,
  KEY_SEPARATOR,
  median,
} from './dashboard-numbers';
import { DashboardCountModel, DashboardMedianModel, DashboardModel } from './dashboard.models';

/** Numbers may lag this much behind another instance's writes (this instance's writes clear the cache). */
export const DASHBOARD_CACHE_MS = 30_000;
const CACHE_ENTRIES_MAX = 200;

interface QuestionScan {
  _id: Types.ObjectId;
  sectors?: string[];
  status: QuestionStatus;
  placeScope?: string[];
  cohorts?: string[];
  createdAt: Date;
  closesAt?: Date | null;
  syntheses?: Array<{ publishedAt: Date; readableBy: string[] }>;
}

interface ContributionScan {
  questionId: Types.ObjectId;
  placeScope?: string[];
  cohorts?: string[];
  createdAt: Date;
  organisationType: string;
}

/**
 * The analyst dashboard. Every number is computed from one projected cursor over the questions the
 * viewer may read (the questions list's own filter and read tokens) and one over the readable
 * contributions, aggregated in TypeScript, then put through the small-cell rule. Results are cached
 * briefly per read-token set and filter: two viewers share an entry only when they may read exactly
 * the same content.
 */
@Injectable()
export class DashboardService implements OnModuleDestroy {
  private readonly cache = new Map<string, { at: number; value: Promise<DashboardModel> }>();
  private readonly unsubscribe: () => void;

  constructor(
    private readonly questions: QuestionsRepository,
    private readonly contributions: ContributionsRepository,
    private readonly vocabularies: VocabulariesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    changes: ContentChanges,
  ) {
    this.unsubscribe = changes.subscribe(() => this.cache.clear());
  }

  onModuleDestroy(): void {
    this.unsubscribe();
  }

  async dashboard(actor: Actor | null, filter: DashboardFilter): Promise<DashboardModel> {
    await this.checkFilter(filter);
    const tokens = [...new Set(readerTokens(actor))].sort();
    const key = JSON.stringify([tokens, filter.sectors ?? [], filter.place ?? null, filter.cohorts ?? [], filter.from ?? null, filter.to ?? null]);
    const now = Date.now();
    const cached = this.cache.get(key);
    if (cached && now - cached.at < DASHBOARD_CACHE_MS) return cached.value;
    const value = this.compute(actor, tokens, filter);
    this.cache.set(key, { at: now, value });
    value.catch(() => this.cache.delete(key));
    if (this.cache.size > CACHE_ENTRIES_MAX) this.cache.delete(this.cache.keys().next().value as string);
    return value;
  }

  private async compute(actor: Actor | null, tokens: string[], filter: DashboardFilter): Promise<DashboardModel> {
    const questions: DashboardQuestionRow[] = [];
    const projection = { sectors: 1, status: 1, placeScope: 1, cohorts: 1, createdAt: 1, closesAt: 1, 'syntheses.publishedAt': 1, 'syntheses.readableBy': 1 } as const;
    for await (const q of this.questions.scanReadable<QuestionScan>({ sectors: filter.sectors ?? undefined }, tokens, projection)) {
      const readableSyntheses = (q.syntheses ?? []).filter((s) => canRead(actor, s.readableBy)).map((s) => s.publishedAt.getTime());
      questions.push({
        id: q._id.toHexString(),
        sectors: q.sectors ?? [],
        status: q.status,
        placeScope: q.placeScope ?? [],
        cohorts: q.cohorts ?? [],
        createdAt: q.createdAt,
        closesAt: q.closesAt ?? null,
        firstSynthesisAt: readableSyntheses.length ? new Date(Math.min(...readableSyntheses)) : null,
      });
    }
    const contributions: DashboardContributionRow[] = [];
    // Time to first contribution needs contributions from before the period too: only its end bounds the scan.
    for await (const c of this.contributions.scanReadable<ContributionScan>(tokens, { to: filter.to }, { questionId: 1, placeScope: 1, cohorts: 1, createdAt: 1, organisationType: 1 })) {
      contributions.push({ questionId: c.questionId.toHexString(), placeScope: c.placeScope ?? [], cohorts: c.cohorts ?? [], createdAt: c.createdAt, organisationType: c.organisationType });
    }
    const scopeCodes = new Set([...questions.flatMap((q) => q.placeScope), ...contributions.flatMap((c) => c.placeScope)]);
    const places = scopeCodes.size ? await this.vocabularies.placeWithAncestors([...scopeCodes]) : [];
    const governorates = new Set(places.filter((place) => place.level === 'GOVERNORATE').map((place) => place.code));

    const numbers = dashboardNumbers(questions, contributions, governorates, filter, new Date());
    const k = this.config.smallCellK;
    const count = (keys: string[], value: number): DashboardCountModel => ({ keys, ...smallCell(value, k) });
    const cells = (map: ReadonlyMap<string, number>) =>
      [...map].sort(([a], [b]) => a.localeCompare(b)).map(([key, value]) => count(key.split(KEY_SEPARATOR), value));
    const medianOf = (values: number[]): DashboardMedianModel => {
      const days = values.length >= k ? median(values) : null;
      return { days: days === null ? null : Math.round(days * 10) / 10, questions: count([], values.length) };
    };
    return {
      smallCellK: k,
      questions: count([], numbers.questions),
      contributions: count([], numbers.contributions),
      questionsBySectorAndStatus: cells(numbers.questionsBySectorAndStatus),
      contributionsByMonth: filledMonths(numbers.contributionsByMonth).map(([month, value]) => count([month], value)),
      medianDaysToFirstContribution: medianOf(numbers.daysToFirstContribution),
      medianDaysToSynthesis: medianOf(numbers.daysToSynthesis),
      openPastDeadline: count([], numbers.openPastDeadline),
      coverage: cells(numbers.coverage),
      contributionsByOrganisationType: cells(numbers.contributionsByOrganisationType),
      activityByGovernorate: cells(numbers.activityByGovernorate),
      generatedAt: new Date(),
    };
  }

  /** Unknown codes are typed errors rather than silently empty dashboards. */
  private async checkFilter(filter: DashboardFilter): Promise<void> {
    const problems: FieldProblem[] = [];
    const collect = async (check: () => Promise<void>) => {
      try {
        await check();
      } catch (error) {
        if (error instanceof HubError && error.details.fields) problems.push(...error.details.fields);
        else throw error;
      }
    };
    await collect(() => this.vocabularies.assertSectorCodes(filter.sectors ?? [], 'filter.sectors'));
    await collect(() => this.vocabularies.assertCohortCodes(filter.cohorts ?? [], 'filter.cohorts'));
    if (filter.place) await collect(() => this.vocabularies.assertPlaceCodes([filter.place as string], 'filter.place'));
    if (filter.from && filter.to && filter.to < filter.from) problems.push({ field: 'filter.to', message: 'must not be before the start of the period' });
    if (problems.length) throw HubError.invalid(problems);
  }
}
