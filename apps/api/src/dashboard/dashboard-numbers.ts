import type { QuestionStatus } from '@hub/domain';

/** What the dashboard reads of a question (one projected cursor, already filtered by read tokens). */
export interface DashboardQuestionRow {
  id: string;
  sectors: string[];
  status: QuestionStatus;
  /** The question's places and all their ancestors. */
  placeScope: string[];
  cohorts: string[];
  createdAt: Date;
  closesAt: Date | null;
  /** The first synthesis the reader may read, if any. */
  firstSynthesisAt: Date | null;
}

/** What the dashboard reads of a contribution the reader may read. */
export interface DashboardContributionRow {
  questionId: string;
  placeScope: string[];
  cohorts: string[];
  createdAt: Date;
  organisationType: string;
}

export interface DashboardFilter {
  sectors?: string[] | null;
  /** A place code: content about it or any place inside it. */
  place?: string | null;
  cohorts?: string[] | null;
  from?: Date | null;
  to?: Date | null;
}

/** Raw counts, before the small-cell rule. Pair keys are joined with KEY_SEPARATOR. */
export interface DashboardNumbers {
  questions: number;
  contributions: number;
  questionsBySectorAndStatus: Map<string, number>;
  contributionsByMonth: Map<string, number>;
  daysToFirstContribution: number[];
  daysToSynthesis: number[];
  openPastDeadline: number;
  coverage: Map<string, number>;
  contributionsByOrganisationType: Map<string, number>;
  activityByGovernorate: Map<string, number>;
}

export const KEY_SEPARATOR = '\u0000';
const DAY_MS = 86_400_000;

const inPeriod = (at: Date, filter: DashboardFilter) => (!filter.from || at >= filter.from) && (!filter.to || at <= filter.to);
const intersects = (values: readonly string[], wanted: readonly string[] | null | undefined) => !wanted?.length || values.some((value) => wanted.includes(value));
const add = (map: Map<string, number>, key: string, by = 1) => map.set(key, (map.get(key) ?? 0) + by);
export const monthOf = (at: Date) => at.toISOString().slice(0, 7);

/**
 * Every dashboard number from one pass over readable questions and one over readable contributions.
 * Filters: sectors through the question (contributions have none of their own); place and cohorts
 * on the item itself, a contribution without places or cohorts taking its question's; the period on
 * the item's creation. `questions` must hold every readable question in the chosen sectors whatever
 * its place, cohort or date, so contributions can be matched to their question.
 */
export function dashboardNumbers(
  questions: readonly DashboardQuestionRow[],
  contributions: readonly DashboardContributionRow[],
  governorates: ReadonlySet<string>,
  filter: DashboardFilter,
  now: Date,
): DashboardNumbers {
  const numbers: DashboardNumbers = {
    questions: 0,
    contributions: 0,
    questionsBySectorAndStatus: new Map(),
    contributionsByMonth: new Map(),
    daysToFirstContribution: [],
    daysToSynthesis: [],
    openPastDeadline: 0,
    coverage: new Map(),
    contributionsByOrganisationType: new Map(),
    activityByGovernorate: new Map(),
  };
  const sectorsShown = (question: DashboardQuestionRow) => (filter.sectors?.length ? question.sectors.filter((s) => filter.sectors?.includes(s)) : question.sectors);
  const governoratesOf = (scope: readonly string[]) => scope.filter((code) => governorates.has(code));
  const questionById = new Map(questions.map((question) => [question.id, question]));
  const firstContribution = new Map<string, Date>();

  for (const contribution of contributions) {
    const question = questionById.get(contribution.questionId);
    if (!question) continue;
    // Time to first contribution: the first one the reader may read, wherever it is about.
    const first = firstContribution.get(question.id);
    if (!first || contribution.createdAt < first) firstContribution.set(question.id, contribution.createdAt);
    const scope = contribution.placeScope.length ? contribution.placeScope : question.placeScope;
    const cohorts = contribution.cohorts.length ? contribution.cohorts : question.cohorts;
    if (filter.place && !scope.includes(filter.place)) continue;
    if (!intersects(cohorts, filter.cohorts)) continue;
    if (!inPeriod(contribution.createdAt, filter)) continue;
    numbers.contributions++;
    add(numbers.contributionsByMonth, monthOf(contribution.createdAt));
    add(numbers.contributionsByOrganisationType, contribution.organisationType);
    for (const governorate of governoratesOf(scope)) add(numbers.activityByGovernorate, governorate);
  }

  for (const question of questions) {
    if (filter.place && !question.placeScope.includes(filter.place)) continue;
    if (!intersects(question.cohorts, filter.cohorts) || !inPeriod(question.createdAt, filter)) continue;
    numbers.questions++;
    const sectors = sectorsShown(question);
    for (const sector of sectors) add(numbers.questionsBySectorAndStatus, `${sector}${KEY_SEPARATOR}${question.status}`);
    const places = governoratesOf(question.placeScope);
    for (const governorate of places) {
      add(numbers.activityByGovernorate, governorate);
      for (const sector of sectors) add(numbers.coverage, `${governorate}${KEY_SEPARATOR}${sector}`);
    }
    if (question.status === 'OPEN' && question.closesAt && question.closesAt < now) numbers.openPastDeadline++;
    if (question.status === 'DRAFT') continue;
    const first = firstContribution.get(question.id);
    if (first) numbers.daysToFirstContribution.push(Math.max(0, (first.getTime() - question.createdAt.getTime()) / DAY_MS));
    if (question.firstSynthesisAt) numbers.daysToSynthesis.push(Math.max(0, (question.firstSynthesisAt.getTime() - question.createdAt.getTime()) / DAY_MS));
  }
  return numbers;
}

export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Every month from the first to the last key (so a chart over time shows quiet months as zero). */
export function filledMonths(counts: ReadonlyMap<string, number>): Array<[string, number]> {
  const months = [...counts.keys()].sort();
  if (!months.length) return [];
  const result: Array<[string, number]> = [];
  const [lastYear, lastMonth] = months[months.length - 1].split('-').map(Number);
  let [year, month] = months[0].split('-').map(Number);
  while (year < lastYear || (year === lastYear && month <= lastMonth)) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    result.push([key, counts.get(key) ?? 0]);
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year++;
  }
  return result;
}
