import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { questionPrintPath, ROUTES } from '../../../app/paths';
import { errorCode } from '../../../graphql/errors';
import { Button, ErrorMessage, LoadingState, PageHeading } from '../../../ui';
import { useSession } from '../../account/session-context';
import { ExportMenu } from '../../exports/export-menu';
import { QUESTION_PAGE_QUERY } from '../graphql/question-page.operations';
import { CommentsSection } from './comments-section';
import { ContributeSection } from './contribute-form';
import { ContributionList } from './contribution-list';
import { LeadActions } from './lead-actions';
import { QuestionSummary } from './question-summary';
import { SynthesisBlock } from './synthesis-block';
import { usePageVisible } from './use-page-visible';
import './question-page.css';

/**
 * New contributions appear by polling rather than a subscription: people on weak mobile
 * connections and behind proxies lose websockets often, a poll needs no extra server state, and
 * one API instance stays simple. The page also refetches at once after the user's own changes.
 */
export const QUESTION_POLL_INTERVAL_MS = 20_000;

export function QuestionPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const visible = usePageVisible();
  const signedIn = useSession().status === 'signedIn';
  const { data, error, loading, refetch } = useQuery(QUESTION_PAGE_QUERY, {
    variables: { id },
    pollInterval: visible ? QUESTION_POLL_INTERVAL_MS : 0,
    notifyOnNetworkStatusChange: false,
  });
  const reload = async () => {
    await refetch();
  };

  if (!data && loading) return <LoadingState label={t('question.loading')} />;
  if (!data) {
    const notFound = errorCode(error) === 'NOT_FOUND';
    return (
      <div>
        <PageHeading>{notFound ? t('question.notFound.title') : t('question.error.title')}</PageHeading>
        {notFound ? (
          <p>
            {t('question.notFound.body')} <Link to={ROUTES.questions}>{t('question.notFound.back')}</Link>
          </p>
        ) : (
          <ErrorMessage
            title={t('question.error.title')}
            action={<Button onClick={() => void reload()}>{t('question.error.retry')}</Button>}
          >
            <p>{t('question.error.body')}</p>
          </ErrorMessage>
        )}
      </div>
    );
  }

  const question = data.question;
  const citedIds = new Set(question.synthesis?.citations.map((citation) => citation.id) ?? []);
  return (
    <article className="question-page">
      <QuestionSummary question={question} onChanged={reload} />
      {signedIn ? <ExportMenu source={{ questionId: question.id }} /> : null}
      {question.status === 'CLOSED' ? (
        <p>
          <Link to={questionPrintPath(question.id)}>{t('printReport.link')}</Link>
        </p>
      ) : null}
      {question.viewerCan.manage ? <LeadActions question={question} onChanged={reload} /> : null}
      {question.synthesis ? <SynthesisBlock synthesis={question.synthesis} /> : null}
      <ContributionList
        contributions={question.contributions.edges.map((edge) => edge.node)}
        total={question.contributions.totalCount}
        citedIds={citedIds}
        canComment={question.viewerCan.comment}
        onChanged={reload}
      />
      {question.viewerCan.contribute ? (
        <ContributeSection questionId={question.id} questionSensitivity={question.sensitivity} onContributed={reload} />
      ) : null}
      <CommentsSection
        headingId="question-comments"
        heading={t('question.comments.questionHeading')}
        targetType="QUESTION"
        targetId={question.id}
        comments={question.comments}
        canComment={question.viewerCan.comment}
        onChanged={reload}
      />
    </article>
  );
}
