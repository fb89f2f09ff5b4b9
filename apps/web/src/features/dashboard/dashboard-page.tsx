import { useQuery } from '@apollo/client/react';
import type { ChartConfiguration } from 'chart.js';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import type { DashboardCountFieldsFragment, DashboardQuery, QuestionStatus } from '../../graphql/generated/graphql';
import { directionOf, isLanguage } from '../../i18n';
import { Button, EmptyState, ErrorMessage, formatNumber, LoadingState, PageHeading, SelectField, TextField } from '../../ui';
import { useLanguage, useVocabularies } from '../vocabulary';
import { VOCABULARIES_QUERY } from '../vocabulary/graphql/vocabularies.query';
import { ChartCanvas } from './chart-canvas';
import { dashboardFilter, dashboardStateFromParams, dashboardStateToParams, type DashboardState } from './dashboard-state';
import { DataTable } from './data-table';
import { TileMap } from './tile-map';
import { DASHBOARD_QUERY } from './graphql/dashboard.query';
import './dashboard-page.css';

const STATUSES: readonly QuestionStatus[] = ['DRAFT', 'OPEN', 'SYNTHESISING', 'CLOSED'];
const STATUS_COLOURS: Record<QuestionStatus, string> = { DRAFT: '#9aa3ad', OPEN: '#0a5194', SYNTHESISING: '#c2410c', CLOSED: '#2f7d32' };
const PRIMARY = '#0a5194';

type Dashboard = DashboardQuery['dashboard'];

export function DashboardPage() {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const vocabularies = useVocabularies();
  const { data: vocabularyData } = useQuery(VOCABULARIES_QUERY, { fetchPolicy: 'cache-first' });
  const [params, setParams] = useSearchParams();
  const state = dashboardStateFromParams(params);
  const { data, loading, error, refetch } = useQuery(DASHBOARD_QUERY, { variables: { filter: dashboardFilter(state) } });
  const update = (change: Partial<DashboardState>) => setParams(dashboardStateToParams({ ...state, ...change }));
  // Made once per language, so the charts below are not rebuilt on every render.
  const statusNames = useMemo<Record<QuestionStatus, string>>(
    () => ({
      DRAFT: t('questionStatus.DRAFT'),
      OPEN: t('questionStatus.OPEN'),
      SYNTHESISING: t('questionStatus.SYNTHESISING'),
      CLOSED: t('questionStatus.CLOSED'),
    }),
    [t],
  );
  const rtl = directionOf(isLanguage(i18n.language) ? i18n.language : 'en') === 'rtl';
  const dashboard = data?.dashboard;

  /** A count as people read it: a number, or "fewer than k". */
  const shown = (value: DashboardCountFieldsFragment) => (value.count === null ? t('dashboard.fewerThan', { k: value.lessThan }) : formatNumber(value.count, language));
  const charts = useMemo(() => (dashboard ? chartConfigs(dashboard, { rtl, language, sectorName: vocabularies.sectorName, organisationTypeName: vocabularies.organisationTypeName, statusName: (s) => statusNames[s], contributionsLabel: t('dashboard.contributions') }) : null), [dashboard, rtl, language, vocabularies, t, statusNames]);

  const medianText = {
    days: (days: number) => t('dashboard.days', { count: days, formatted: formatNumber(days, language) }),
    hidden: (questions: DashboardCountFieldsFragment) => t('dashboard.medianHidden', { questions: shown(questions) }),
  };
  const governorates = vocabularyData?.governorates ?? [];
  const empty = dashboard && dashboard.questions.count === 0 && dashboard.contributions.count === 0;
  return (
    <div className="dashboard-page">
      <PageHeading>{t('dashboard.title')}</PageHeading>
      <form className="dashboard-filters" aria-label={t('dashboard.filters')} onSubmit={(event) => event.preventDefault()}>
        <SelectField label={t('dashboard.sector')} placeholder={t('dashboard.any')} options={vocabularies.sectorOptions} value={state.sector} onChange={(event) => update({ sector: event.target.value })} />
        <SelectField label={t('dashboard.place')} placeholder={t('dashboard.any')} options={vocabularies.placeOptions} value={state.place} onChange={(event) => update({ place: event.target.value })} />
        <SelectField label={t('dashboard.cohort')} placeholder={t('dashboard.any')} options={vocabularies.cohortOptions} value={state.cohort} onChange={(event) => update({ cohort: event.target.value })} />
        <TextField label={t('dashboard.from')} type="date" value={state.from} onChange={(event) => update({ from: event.target.value })} />
        <TextField label={t('dashboard.to')} type="date" value={state.to} onChange={(event) => update({ to: event.target.value })} />
      </form>
      {!dashboard && loading ? <LoadingState label={t('dashboard.loading')} /> : null}
      {error && !dashboard ? <ErrorMessage title={t('dashboard.error')} action={<Button onClick={() => void refetch()}>{t('question.error.retry')}</Button>} /> : null}
      {empty ? <EmptyState title={t('dashboard.empty')} /> : null}
      {dashboard && charts && !empty ? (
        <>
          <p className="dashboard-page__note">{t('dashboard.smallCellNote', { k: dashboard.smallCellK })}</p>
          <ul className="dashboard-stats">
            <Stat label={t('dashboard.questions')} value={shown(dashboard.questions)} />
            <Stat label={t('dashboard.contributions')} value={shown(dashboard.contributions)} />
            <Stat label={t('dashboard.pastDeadline')} value={shown(dashboard.openPastDeadline)} />
            <Stat label={t('dashboard.medianFirst')} value={median(dashboard.medianDaysToFirstContribution, medianText)} />
            <Stat label={t('dashboard.medianSynthesis')} value={median(dashboard.medianDaysToSynthesis, medianText)} />
          </ul>
          <div className="dashboard-grid">
            <section className="dashboard-card" aria-labelledby="chart-status">
              <h2 id="chart-status">{t('dashboard.bySectorStatus')}</h2>
              <ChartCanvas config={charts.bySectorStatus} label={t('dashboard.bySectorStatus')} />
              <DataTable
                caption={t('dashboard.bySectorStatus')}
                columns={[t('dashboard.sector'), t('dashboard.status'), t('dashboard.count')]}
                rows={dashboard.questionsBySectorAndStatus.map((c) => ({ key: c.keys.join('/'), cells: [vocabularies.sectorName(c.keys[0]), statusNames[c.keys[1] as QuestionStatus] ?? c.keys[1], shown(c)] }))}
              />
            </section>
            <section className="dashboard-card" aria-labelledby="chart-months">
              <h2 id="chart-months">{t('dashboard.byMonth')}</h2>
              <ChartCanvas config={charts.byMonth} label={t('dashboard.byMonth')} />
              <DataTable caption={t('dashboard.byMonth')} columns={[t('dashboard.month'), t('dashboard.count')]} rows={dashboard.contributionsByMonth.map((c) => ({ key: c.keys[0], cells: [monthName(c.keys[0], language), shown(c)] }))} />
            </section>
            <section className="dashboard-card" aria-labelledby="chart-orgs">
              <h2 id="chart-orgs">{t('dashboard.byOrganisationType')}</h2>
              <ChartCanvas config={charts.byOrganisationType} label={t('dashboard.byOrganisationType')} />
              <DataTable
                caption={t('dashboard.byOrganisationType')}
                columns={[t('dashboard.organisationType'), t('dashboard.count')]}
                rows={dashboard.contributionsByOrganisationType.map((c) => ({ key: c.keys[0], cells: [vocabularies.organisationTypeName(c.keys[0]), shown(c)] }))}
              />
            </section>
            <section className="dashboard-card" aria-labelledby="chart-map">
              <h2 id="chart-map">{t('dashboard.activityMap')}</h2>
              <TileMap
                label={t('dashboard.activityMap')}
                tiles={governorates.map((g) => {
                  const cell = dashboard.activityByGovernorate.find((c) => c.keys[0] === g.code);
                  return { code: g.code, name: g.names[language] || g.names.en, count: cell ? cell.count : 0, lessThan: cell?.lessThan ?? null };
                })}
              />
              <DataTable
                caption={t('dashboard.activityMap')}
                columns={[t('dashboard.governorate'), t('dashboard.count')]}
                rows={governorates.map((g) => {
                  const cell = dashboard.activityByGovernorate.find((c) => c.keys[0] === g.code);
                  return { key: g.code, cells: [vocabularies.placeName(g.code), cell ? shown(cell) : formatNumber(0, language)] };
                })}
              />
            </section>
          </div>
          <section className="dashboard-card" aria-labelledby="coverage">
            <h2 id="coverage">{t('dashboard.coverage')}</h2>
            <CoverageMatrix dashboard={dashboard} governorates={governorates.map((g) => g.code)} shown={shown} />
          </section>
        </>
      ) : null}
    </div>
  );
}

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <li className="dashboard-stat">
      <span className="dashboard-stat__value">{value}</span>
      <span className="dashboard-stat__label">{label}</span>
    </li>
  );
}

function CoverageMatrix({ dashboard, governorates, shown }: { dashboard: Dashboard; governorates: string[]; shown: (value: DashboardCountFieldsFragment) => string }) {
  const { t } = useTranslation();
  const vocabularies = useVocabularies();
  const language = useLanguage();
  const sectors = [...new Set(dashboard.coverage.map((c) => c.keys[1]))];
  if (!sectors.length) return <p>{t('dashboard.noCoverage')}</p>;
  const max = Math.max(1, ...dashboard.coverage.map((c) => c.count ?? 0));
  return (
    <div className="coverage">
      <table className="coverage__table">
        <caption>{t('dashboard.coverageCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dashboard.governorate')}</th>
            {sectors.map((sector) => (
              <th key={sector} scope="col">
                {vocabularies.sectorName(sector)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {governorates.map((governorate) => (
            <tr key={governorate}>
              <th scope="row">{vocabularies.placeName(governorate)}</th>
              {sectors.map((sector) => {
                const cell = dashboard.coverage.find((c) => c.keys[0] === governorate && c.keys[1] === sector);
                const level = cell?.count ? Math.ceil((cell.count / max) * 4) : cell ? 1 : 0;
                return (
                  <td key={sector} className={`coverage__cell coverage__cell--${level}`}>
                    {cell ? shown(cell) : formatNumber(0, language)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function median(value: Dashboard['medianDaysToFirstContribution'], text: { days(days: number): string; hidden(questions: DashboardCountFieldsFragment): string }): string {
  if (value.days === null) return value.questions.count === 0 ? '—' : text.hidden(value.questions);
  return text.days(value.days);
}

function monthName(month: string, language: string): string {
  return new Intl.DateTimeFormat(language, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
}

interface ChartText {
  rtl: boolean;
  language: string;
  sectorName(code: string): string;
  organisationTypeName(code: string): string;
  statusName(status: QuestionStatus): string;
  contributionsLabel: string;
}

/** Suppressed counts are drawn as gaps; the table under each chart says "fewer than k". */
function chartConfigs(dashboard: Dashboard, text: ChartText) {
  const base = {
    animation: false as const,
    responsive: true,
    maintainAspectRatio: false,
    locale: text.language,
    plugins: { legend: { rtl: text.rtl, display: true }, tooltip: { rtl: text.rtl } },
  };
  const sectors = [...new Set(dashboard.questionsBySectorAndStatus.map((c) => c.keys[0]))];
  const bySectorStatus: ChartConfiguration<'bar'> = {
    type: 'bar',
    data: {
      labels: sectors.map(text.sectorName),
      datasets: STATUSES.map((status) => ({
        label: text.statusName(status),
        backgroundColor: STATUS_COLOURS[status],
        data: sectors.map((sector) => dashboard.questionsBySectorAndStatus.find((c) => c.keys[0] === sector && c.keys[1] === status)?.count ?? null),
      })),
    },
    options: { ...base, scales: { x: { stacked: true, reverse: text.rtl }, y: { stacked: true, beginAtZero: true, position: text.rtl ? 'right' : 'left' } } },
  };
  const byMonth: ChartConfiguration<'line'> = {
    type: 'line',
    data: {
      labels: dashboard.contributionsByMonth.map((c) => monthName(c.keys[0], text.language)),
      datasets: [{ label: text.contributionsLabel, borderColor: PRIMARY, backgroundColor: PRIMARY, data: dashboard.contributionsByMonth.map((c) => c.count), spanGaps: false }],
    },
    options: { ...base, plugins: { ...base.plugins, legend: { ...base.plugins.legend, display: false } }, scales: { x: { reverse: text.rtl }, y: { beginAtZero: true, position: text.rtl ? 'right' : 'left' } } },
  };
  const byOrganisationType: ChartConfiguration<'bar'> = {
    type: 'bar',
    data: {
      labels: dashboard.contributionsByOrganisationType.map((c) => text.organisationTypeName(c.keys[0])),
      datasets: [{ label: text.contributionsLabel, backgroundColor: PRIMARY, data: dashboard.contributionsByOrganisationType.map((c) => c.count) }],
    },
    options: { ...base, indexAxis: 'y', plugins: { ...base.plugins, legend: { ...base.plugins.legend, display: false } }, scales: { x: { beginAtZero: true, reverse: text.rtl }, y: { position: text.rtl ? 'right' : 'left' } } },
  };
  return { bySectorStatus, byMonth, byOrganisationType };
}
