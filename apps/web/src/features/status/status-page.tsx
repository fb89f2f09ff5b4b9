import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatusPageQuery } from '../../graphql/generated/graphql';
import { LoadingState, PageHeading, StatusBadge } from '../../ui';
import { STATUS_PAGE_QUERY } from './graphql/status-page.query';
import './status-page.css';

/** How often the page asks again, so a recovery or an outage shows without a reload. */
export const STATUS_POLL_INTERVAL_MS = 15_000;

type DependencyStatus = StatusPageQuery['status']['database'];

export function StatusPage() {
  const { t } = useTranslation();
  const { data, error } = useQuery(STATUS_PAGE_QUERY, {
    pollInterval: STATUS_POLL_INTERVAL_MS,
    // Keep showing the last answer while a poll is in flight instead of flashing a spinner.
    notifyOnNetworkStatusChange: false,
  });

  let content: ReactNode;
  if (error) {
    content = <StatusTable summary={t('status.summary.unreachable')} apiError={error.message} />;
  } else if (data) {
    const { status } = data;
    content = (
      <StatusTable
        summary={status.ready ? t('status.summary.ready') : t('status.summary.degraded')}
        version={status.version}
        database={status.database}
        search={status.search}
      />
    );
  } else {
    content = <LoadingState label={t('status.loading')} />;
  }

  return (
    <article className="status-page">
      <PageHeading>{t('status.title')}</PageHeading>
      <p>{t('status.intro')}</p>
      {content}
    </article>
  );
}

interface StatusTableProps {
  summary: string;
  version?: string;
  /** Set when the API itself did not answer; the other rows are then unknown. */
  apiError?: string;
  database?: DependencyStatus;
  search?: DependencyStatus;
}

function StatusTable({ summary, version, apiError, database, search }: StatusTableProps) {
  const { t } = useTranslation();
  const notChecked = t('status.notChecked');
  return (
    <>
      <p className="status-page__summary" role="status">
        {summary}
      </p>
      <div className="status-page__table-wrapper">
        <table className="status-table">
          <caption>{t('status.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('status.columns.service')}</th>
              <th scope="col">{t('status.columns.state')}</th>
              <th scope="col">{t('status.columns.details')}</th>
            </tr>
          </thead>
          <tbody>
            <tr data-testid="status-api">
              <th scope="row">{t('status.services.api')}</th>
              <td>
                <OkBadge ok={apiError === undefined} />
              </td>
              <td>
                {apiError === undefined ? (
                  version && t('status.version', { version })
                ) : (
                  <span dir="auto">{apiError}</span>
                )}
              </td>
            </tr>
            <DependencyRow testId="status-database" name={t('status.services.database')} status={database} fallback={notChecked} />
            <DependencyRow testId="status-search" name={t('status.services.search')} status={search} fallback={notChecked} />
          </tbody>
        </table>
      </div>
    </>
  );
}

interface DependencyRowProps {
  testId: string;
  name: string;
  status: DependencyStatus | undefined;
  /** Shown when the dependency could not be checked. */
  fallback: string;
}

function DependencyRow({ testId, name, status, fallback }: DependencyRowProps) {
  return (
    <tr data-testid={testId}>
      <th scope="row">{name}</th>
      <td>{status ? <OkBadge ok={status.ok} /> : <UnknownBadge />}</td>
      <td>
        {status ? (
          // Details come from the server, in whatever language and direction it wrote them.
          status.detail && <span dir="auto">{status.detail}</span>
        ) : (
          fallback
        )}
      </td>
    </tr>
  );
}

function OkBadge({ ok }: { ok: boolean }) {
  const { t } = useTranslation();
  return ok ? (
    <StatusBadge tone="ok">{t('status.badge.ok')}</StatusBadge>
  ) : (
    <StatusBadge tone="unavailable">{t('status.badge.unavailable')}</StatusBadge>
  );
}

function UnknownBadge() {
  const { t } = useTranslation();
  return <StatusBadge tone="unknown">{t('status.badge.unknown')}</StatusBadge>;
}
