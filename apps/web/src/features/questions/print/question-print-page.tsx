import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { questionPath } from '../../../app/paths';
import { Button, ErrorMessage, LoadingState, useDateFormat } from '../../../ui';
import { useVocabularies } from '../../vocabulary';
import { ServerHtml } from '../components/server-html';
import { QUESTION_PAGE_QUERY } from '../graphql/question-page.operations';
import './question-print-page.css';

/**
 * A printable report of a question with its synthesis and the contributions the reader may see
 * (the browser's "Save as PDF" makes a file of it). Anonymous contributions read as the API shows
 * them: organisation type and governorate.
 */
export function QuestionPrintPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { formatDate } = useDateFormat();
  const vocabularies = useVocabularies();
  const { data, loading, error } = useQuery(QUESTION_PAGE_QUERY, { variables: { id } });
  if (!data && loading) return <LoadingState label={t('question.loading')} />;
  if (!data || error) return <ErrorMessage title={t('question.error.title')} />;
  const question = data.question;
  const statusNames = { DRAFT: t('questionStatus.DRAFT'), OPEN: t('questionStatus.OPEN'), SYNTHESISING: t('questionStatus.SYNTHESISING'), CLOSED: t('questionStatus.CLOSED') };
  const sensitivityNames = {
    PUBLIC: t('sensitivity.PUBLIC.label'),
    RESTRICTED: t('sensitivity.RESTRICTED.label'),
    CONFIDENTIAL: t('sensitivity.CONFIDENTIAL.label'),
    STRICTLY_CONFIDENTIAL: t('sensitivity.STRICTLY_CONFIDENTIAL.label'),
  };
  const confidenceNames = { LOW: t('confidence.LOW'), MEDIUM: t('confidence.MEDIUM'), HIGH: t('confidence.HIGH') };
  const names = (codes: string[], name: (code: string) => string) => codes.map(name).join(', ');
  return (
    <article className="print-report">
      <div className="print-report__tools">
        <Link to={questionPath(question.id)}>{t('printReport.back')}</Link>
        <Button onClick={() => window.print()}>{t('printReport.print')}</Button>
      </div>
      <p className="print-report__kind">{t('printReport.kind')}</p>
      <h1 dir="auto">{question.title}</h1>
      <dl className="print-report__facts">
        <dt>{t('printReport.status')}</dt>
        <dd>{statusNames[question.status]}</dd>
        <dt>{t('printReport.sectors')}</dt>
        <dd>{names(question.sectors, vocabularies.sectorName)}</dd>
        {question.places.length ? (
          <>
            <dt>{t('printReport.places')}</dt>
            <dd>{names(question.places, vocabularies.placeName)}</dd>
          </>
        ) : null}
        <dt>{t('printReport.asked')}</dt>
        <dd>
          {formatDate(question.createdAt)}
          {question.organisation ? ` — ${question.organisation.name}` : ''}
        </dd>
        <dt>{t('printReport.sensitivity')}</dt>
        <dd>{sensitivityNames[question.sensitivity]}</dd>
      </dl>
      <p dir="auto">
        <strong>{t('printReport.purpose')}</strong> {question.purpose}
      </p>
      <ServerHtml html={question.bodyHtml} />
      <section>
        <h2>{t('printReport.synthesis')}</h2>
        {question.synthesis ? (
          <>
            <p className="print-report__meta">
              {t('printReport.synthesisMeta', { version: question.synthesis.version, date: formatDate(question.synthesis.publishedAt) })}
            </p>
            <ServerHtml html={question.synthesis.bodyHtml} />
          </>
        ) : (
          <p>{t('printReport.noSynthesis')}</p>
        )}
      </section>
      <section>
        <h2>{t('printReport.contributions', { count: question.contributions.totalCount })}</h2>
        <ol className="print-report__contributions">
          {question.contributions.edges.map(({ node }) => (
            <li key={node.id}>
              <p className="print-report__meta">
                {node.author.user && !node.author.anonymous
                  ? node.author.user.displayName
                  : t('printReport.anonymous', { type: vocabularies.organisationTypeName(node.author.organisationType), place: node.author.governorate ? vocabularies.placeName(node.author.governorate) : '—' })}
                {' — '}
                {formatDate(node.createdAt)} — {vocabularies.evidenceTypeName(node.evidenceType)} — {confidenceNames[node.confidence]}
              </p>
              <ServerHtml html={node.bodyHtml} />
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
