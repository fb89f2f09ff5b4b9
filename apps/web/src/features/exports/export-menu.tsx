import { useApolloClient, useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportFormat, ExportJobFieldsFragment, SearchExportInput } from '../../graphql/generated/graphql';
import { Button, formatNumber } from '../../ui';
import { useLanguage } from '../vocabulary';
import { useSessionStore } from '../account/session-context';
import { downloadExport } from './download';
import { EXPORT_JOB_QUERY, START_EXPORT_MUTATION } from './graphql/exports.operations';
import './export-menu.css';

const FORMATS: readonly ExportFormat[] = ['CSV', 'XLSX', 'JSON'];
const POLL_MS = 1_000;

export type ExportSource = { questionId: string } | { search: SearchExportInput };

/**
 * Export buttons (CSV with HXL, XLSX, JSON). Small exports come back ready; larger ones run on the
 * server while this shows their progress (polling), then download.
 */
export function ExportMenu({ source }: { source: ExportSource }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const store = useSessionStore();
  const client = useApolloClient();
  const [start, { loading }] = useMutation(START_EXPORT_MUTATION);
  const [job, setJob] = useState<ExportJobFieldsFragment | null>(null);
  const [failed, setFailed] = useState(false);
  const downloaded = useRef<string | null>(null);

  useEffect(() => {
    if (!job || job.status === 'DONE' || job.status === 'FAILED') return;
    const timer = setTimeout(async () => {
      try {
        const { data } = await client.query({ query: EXPORT_JOB_QUERY, variables: { id: job.id }, fetchPolicy: 'network-only' });
        if (data) setJob(data.exportJob);
      } catch {
        setFailed(true);
      }
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [job, client]);

  useEffect(() => {
    if (job?.status !== 'DONE' || !job.downloadPath || downloaded.current === job.id) return;
    downloaded.current = job.id;
    downloadExport(store, job.downloadPath, job.fileName ?? 'export').catch(() => setFailed(true));
  }, [job, store]);

  const onExport = async (format: ExportFormat) => {
    setFailed(false);
    setJob(null);
    try {
      const { data } = await start({ variables: { input: { format, language, ...source } } });
      setJob(data?.startExport ?? null);
    } catch {
      setFailed(true);
    }
  };

  const formatNames: Record<ExportFormat, string> = { CSV: t('exports.format.CSV'), XLSX: t('exports.format.XLSX'), JSON: t('exports.format.JSON') };
  const running = loading || (!!job && (job.status === 'QUEUED' || job.status === 'RUNNING'));
  return (
    <section className="export-menu" aria-label={t('exports.label')}>
      <span className="export-menu__label">{t('exports.label')}</span>
      {FORMATS.map((format) => (
        <Button key={format} variant="secondary" disabled={running} onClick={() => void onExport(format)} data-format={format}>
          {formatNames[format]}
        </Button>
      ))}
      <div className="export-menu__status" role="status">
        {running && job ? (
          <>
            <progress max={Math.max(job.total, 1)} value={job.done} aria-label={t('exports.progressLabel')} />{' '}
            {t('exports.progress', { done: formatNumber(job.done, language), total: formatNumber(job.total, language) })}
          </>
        ) : null}
        {running && !job ? t('exports.starting') : null}
        {job?.status === 'DONE' ? t('exports.ready', { file: job.fileName }) : null}
        {failed || job?.status === 'FAILED' ? <span className="export-menu__error">{job?.error ?? t('exports.failed')}</span> : null}
      </div>
    </section>
  );
}
