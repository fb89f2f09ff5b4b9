import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { questionPath } from '../../app/paths';
import { errorCode } from '../../graphql/errors';
import type { ReviewQueueQuery } from '../../graphql/generated/graphql';
import { Button, EmptyState, ErrorMessage, HighlightedText, LoadingState, PageHeading, TextAreaField, useDateFormat } from '../../ui';
import { useKindLabel } from '../personal-data/personal-data-panel';
import '../personal-data/personal-data.css';
import { DECIDE_REVIEW_MUTATION, REVIEW_QUEUE_QUERY } from './moderation.operations';
import { useModerates } from './use-moderates';
import './moderation-page.css';

type ReviewItem = ReviewQueueQuery['reviewQueue']['edges'][number]['node'];

const PAGE_SIZE = 20;

/** The moderators' review queue: content posted despite a personal-data warning, oldest first. */
export function ModerationPage() {
  const { t } = useTranslation();
  const isModerator = useModerates();
  const { data, loading, error, fetchMore, refetch } = useQuery(REVIEW_QUEUE_QUERY, { variables: { first: PAGE_SIZE }, skip: !isModerator, fetchPolicy: 'cache-and-network' });

  if (!isModerator) {
    return (
      <article>
        <PageHeading>{t('moderation.title')}</PageHeading>
        <ErrorMessage title={t('moderation.forbidden')} />
      </article>
    );
  }
  const queue = data?.reviewQueue;
  return (
    <article className="moderation">
      <PageHeading>{t('moderation.title')}</PageHeading>
      <p>{t('moderation.intro')}</p>
      {error && !queue ? <ErrorMessage title={t('moderation.loadFailed')} action={<Button onClick={() => void refetch()}>{t('moderation.retry')}</Button>} /> : null}
      {loading && !queue ? <LoadingState label={t('moderation.loading')} /> : null}
      {queue && queue.edges.length === 0 ? <EmptyState title={t('moderation.empty.title')}>{t('moderation.empty.body')}</EmptyState> : null}
      {queue && queue.edges.length > 0 ? (
        <>
          <p role="status">{t('moderation.count', { count: queue.totalCount })}</p>
          <ol className="moderation__list">
            {queue.edges.map(({ node }) => (
              <li key={node.id}>
                <ReviewCard item={node} onDecided={() => void refetch()} />
              </li>
            ))}
          </ol>
          {queue.pageInfo.hasNextPage ? (
            <Button
              variant="secondary"
              disabled={loading}
              onClick={() =>
                void fetchMore({
                  variables: { after: queue.pageInfo.endCursor },
                  updateQuery: (previous, { fetchMoreResult }) => ({
                    reviewQueue: { ...fetchMoreResult.reviewQueue, edges: [...previous.reviewQueue.edges, ...fetchMoreResult.reviewQueue.edges] },
                  }),
                })
              }
            >
              {t('moderation.more')}
            </Button>
          ) : null}
        </>
      ) : null}
    </article>
  );
}

function ReviewCard({ item, onDecided }: { item: ReviewItem; onDecided: () => void }) {
  const { t } = useTranslation();
  const { formatDateTime } = useDateFormat();
  const kindLabel = useKindLabel();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [decide, { loading }] = useMutation(DECIDE_REVIEW_MUTATION);
  const headingId = `review-${item.id.replace(/[^a-z0-9]/gi, '-')}`;
  const kindNames: Record<string, string> = {
    QUESTION: t('moderation.kinds.QUESTION'),
    CONTRIBUTION: t('moderation.kinds.CONTRIBUTION'),
    COMMENT: t('moderation.kinds.COMMENT'),
    SYNTHESIS: t('moderation.kinds.SYNTHESIS'),
  };
  const fieldNames: Record<string, string> = {
    title: t('moderation.fields.title'),
    body: t('moderation.fields.body'),
    purpose: t('moderation.fields.purpose'),
    'source.assessment': t('moderation.fields.sourceAssessment'),
    'source.indicator': t('moderation.fields.sourceIndicator'),
    'source.url': t('moderation.fields.sourceUrl'),
  };

  const submit = async (approve: boolean) => {
    setProblem(null);
    if (!approve && !reason.trim()) {
      setProblem(t('moderation.reasonRequired'));
      return;
    }
    try {
      await decide({ variables: { input: { kind: item.kind, id: item.targetId, synthesisVersion: item.synthesisVersion, approve, reason: reason.trim() || null } } });
      onDecided();
    } catch (failure) {
      setProblem(errorCode(failure) === 'CONFLICT' || errorCode(failure) === 'NOT_FOUND' ? t('moderation.alreadyDecided') : t('moderation.failed'));
    }
  };

  return (
    <section className="review-item" aria-labelledby={headingId} data-testid="review-item">
      <h2 id={headingId} className="review-item__title">
        {kindNames[item.kind]}
        {item.synthesisVersion ? ` ${t('moderation.version', { version: item.synthesisVersion })}` : ''}
      </h2>
      <p className="review-item__meta">
        <bdi>{item.author?.displayName ?? t('moderation.unknownAuthor')}</bdi> · <time dateTime={item.createdAt}>{formatDateTime(item.createdAt)}</time> ·{' '}
        <Link to={questionPath(item.questionId)}>{t('moderation.openQuestion')}</Link>
      </p>
      <p>
        {t('moderation.found')}{' '}
        {item.findings.length
          ? [...new Set(item.findings.map((finding) => kindLabel(finding)))].join(', ')
          : item.heldFor.map((kind) => kindLabel({ kind })).join(', ')}
      </p>
      {item.texts.map((text) => {
        const ranges = item.findings.filter((finding) => finding.field === text.field);
        return (
          <div key={text.field} className="review-item__text">
            <p className="field__label">{fieldNames[text.field] ?? text.field}</p>
            <p dir="auto" className="review-item__body">
              <HighlightedText text={text.text} ranges={ranges} />
            </p>
          </div>
        );
      })}
      <TextAreaField label={t('moderation.reason')} hint={t('moderation.reasonHint')} rows={2} maxLength={1000} value={reason} error={problem ?? undefined} onChange={(event) => setReason(event.target.value)} />
      <div className="form-actions">
        <Button disabled={loading} onClick={() => void submit(true)}>
          {t('moderation.approve')}
        </Button>
        <Button variant="secondary" disabled={loading} onClick={() => void submit(false)}>
          {t('moderation.reject')}
        </Button>
      </div>
    </section>
  );
}
