import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { questionPath } from '../../../app/paths';
import { PageHeading, useDateFormat } from '../../../ui';
import { ReviewBadge } from '../../personal-data/personal-data-panel';
import { QuestionStatusLabel } from '../components/question-status';
import { useSensitivityLabel } from '../components/sensitivity';
import { ServerHtml } from '../components/server-html';
import { VocabularyChips } from '../components/vocabulary-chips';
import { FollowButton } from './follow-button';
import type { OnChanged, QuestionData } from './types';

export function QuestionSummary({ question, onChanged }: { question: QuestionData; onChanged: OnChanged }) {
  const { t } = useTranslation();
  const { formatDate } = useDateFormat();
  const sensitivityLabel = useSensitivityLabel();
  const { source } = question;
  const hasSource = Boolean(source.assessment || source.year || source.indicator || source.url);
  return (
    <header className="question-summary">
      <div className="question-summary__meta">
        <QuestionStatusLabel status={question.status} />
        <span>{sensitivityLabel(question.sensitivity)}</span>
        <ReviewBadge review={question.review} reason={question.reviewReason} />
        {question.closesAt ? <span>{t('question.closesOn', { date: formatDate(question.closesAt) })}</span> : null}
        <FollowButton questionId={question.id} following={question.viewerFollows} onChanged={onChanged} />
      </div>
      <PageHeading documentTitle={question.title}>
        <bdi>{question.title}</bdi>
      </PageHeading>
      <p className="question-summary__meta">
        {question.author ? (
          <span>
            {t('question.askedBy')} <bdi>{question.author.displayName}</bdi>
            {question.organisation ? (
              <>
                {' · '}
                <bdi>{question.organisation.acronym ?? question.organisation.name}</bdi>
              </>
            ) : null}
          </span>
        ) : null}
        <span>{formatDate(question.createdAt)}</span>
      </p>
      {question.duplicateOf ? (
        <p role="note">
          {t('question.duplicateOf')}{' '}
          <Link to={questionPath(question.duplicateOf.id)}>
            <bdi>{question.duplicateOf.title}</bdi>
          </Link>
        </p>
      ) : null}
      <VocabularyChips sectors={question.sectors} places={question.places} cohorts={question.cohorts} tags={question.tags} />
      <ServerHtml html={question.bodyHtml} />
      <h2>{t('question.purpose')}</h2>
      <p dir="auto">{question.purpose}</p>
      {hasSource ? (
        <>
          <h2>{t('question.source.title')}</h2>
          <dl className="question-summary__facts">
            {source.assessment ? (
              <>
                <dt>{t('question.source.assessment')}</dt>
                <dd>
                  <bdi>{source.assessment}</bdi>
                </dd>
              </>
            ) : null}
            {source.year ? (
              <>
                <dt>{t('question.source.year')}</dt>
                <dd>{source.year}</dd>
              </>
            ) : null}
            {source.indicator ? (
              <>
                <dt>{t('question.source.indicator')}</dt>
                <dd>
                  <bdi>{source.indicator}</bdi>
                </dd>
              </>
            ) : null}
            {source.url && /^https?:\/\//.test(source.url) ? (
              <>
                <dt>{t('question.source.url')}</dt>
                <dd>
                  <a href={source.url} rel="noopener noreferrer" target="_blank" dir="ltr">
                    {source.url}
                  </a>
                </dd>
              </>
            ) : null}
          </dl>
        </>
      ) : null}
      {question.related.length ? (
        <>
          <h2>{t('question.related')}</h2>
          <ul>
            {question.related.map((related) => (
              <li key={related.id}>
                <Link to={questionPath(related.id)}>
                  <bdi>{related.title}</bdi>
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </header>
  );
}
