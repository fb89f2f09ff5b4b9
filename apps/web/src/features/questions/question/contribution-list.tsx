import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button, Chip, ChipList, EmptyState, formatNumber, useDateFormat } from '../../../ui';
import { useSession } from '../../account/session-context';
import { useLanguage, useVocabularies } from '../../vocabulary';
import { LANGUAGE_NAMES, isLanguage } from '../../../i18n';
import { MARK_HELPFUL_MUTATION } from '../graphql/question-page.operations';
import { ServerHtml } from '../components/server-html';
import { CommentsSection } from './comments-section';
import type { ContributionData, OnChanged } from './types';
import { ReviewBadge } from '../../personal-data/personal-data-panel';

export interface ContributionListProps {
  contributions: ReadonlyArray<ContributionData>;
  total: number;
  citedIds: ReadonlySet<string>;
  canComment: boolean;
  onChanged: OnChanged;
}

export function contributionAnchor(id: string): string {
  return `contribution-${id}`;
}

export function ContributionList({ contributions, total, citedIds, canComment, onChanged }: ContributionListProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <section aria-labelledby="contributions-heading">
      <h2 id="contributions-heading">
        {t('question.contributions.heading', { count: total, formatted: formatNumber(total, language) })}
      </h2>
      {contributions.length === 0 ? (
        <EmptyState title={t('question.contributions.emptyTitle')}>
          <p>{t('question.contributions.emptyBody')}</p>
        </EmptyState>
      ) : (
        <ol className="comments__list" aria-live="polite">
          {contributions.map((contribution) => (
            <li key={contribution.id}>
              <ContributionCard contribution={contribution} cited={citedIds.has(contribution.id)} canComment={canComment} onChanged={onChanged} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export function useAuthorLine(contribution: ContributionData): string {
  const { t } = useTranslation();
  const vocabularies = useVocabularies();
  const { author } = contribution;
  const type = vocabularies.organisationTypeName(author.organisationType);
  if (author.user && !author.anonymous) return author.user.displayName;
  const place = author.governorate ? vocabularies.placeName(author.governorate) : null;
  const anonymous = place ? t('question.contributions.anonymousIn', { type, place }) : t('question.contributions.anonymous', { type });
  // Those allowed to know (managers, the author) see the name beside the anonymous label.
  return author.user ? `${anonymous} (${author.user.displayName})` : anonymous;
}

function ContributionCard({ contribution, cited, canComment, onChanged }: { contribution: ContributionData; cited: boolean; canComment: boolean; onChanged: OnChanged }) {
  const { t } = useTranslation();
  const { formatDate } = useDateFormat();
  const vocabularies = useVocabularies();
  const authorLine = useAuthorLine(contribution);
  const period =
    contribution.periodFrom || contribution.periodTo
      ? t('question.contributions.period', {
          from: contribution.periodFrom ? formatDate(contribution.periodFrom) : '…',
          to: contribution.periodTo ? formatDate(contribution.periodTo) : '…',
        })
      : null;
  const confidence = { LOW: t('confidence.LOW'), MEDIUM: t('confidence.MEDIUM'), HIGH: t('confidence.HIGH') }[contribution.confidence];
  return (
    <article id={contributionAnchor(contribution.id)} className={cited ? 'contribution contribution--cited' : 'contribution'} tabIndex={-1} aria-labelledby={`${contributionAnchor(contribution.id)}-by`}>
      <p className="contribution__author" id={`${contributionAnchor(contribution.id)}-by`}>
        <bdi>{authorLine}</bdi> · <time dateTime={contribution.createdAt}>{formatDate(contribution.createdAt)}</time>
        {cited ? <> · {t('question.contributions.cited')}</> : null} <ReviewBadge review={contribution.review} reason={contribution.reviewReason} />
      </p>
      <ServerHtml html={contribution.bodyHtml} />
      <div className="vocabulary-chips">
        <ChipList label={t('question.contributions.context')}>
          {contribution.places.map((code) => (
            <Chip key={code}>
              {vocabularies.placeName(code)}
            </Chip>
          ))}
          {contribution.cohorts.map((code) => (
            <Chip key={code}>{vocabularies.cohortName(code)}</Chip>
          ))}
          {period ? <Chip>{period}</Chip> : null}
          <Chip tone="accent">{vocabularies.evidenceTypeName(contribution.evidenceType)}</Chip>
          <Chip>{t('question.contributions.confidence', { level: confidence })}</Chip>
          <Chip>{isLanguage(contribution.language) ? LANGUAGE_NAMES[contribution.language] : contribution.language}</Chip>
          {contribution.tags.map((slug) => (
            <Chip key={slug}>
              <bdi>#{slug}</bdi>
            </Chip>
          ))}
        </ChipList>
      </div>
      <HelpfulButton contribution={contribution} onChanged={onChanged} />
      <CommentsSection
        level={3}
        headingId={`${contributionAnchor(contribution.id)}-comments`}
        heading={t('question.comments.contributionHeading')}
        targetType="CONTRIBUTION"
        targetId={contribution.id}
        comments={contribution.comments}
        canComment={canComment}
        onChanged={onChanged}
      />
    </article>
  );
}

function HelpfulButton({ contribution, onChanged }: { contribution: ContributionData; onChanged: OnChanged }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const session = useSession();
  const [markHelpful, { loading, error }] = useMutation(MARK_HELPFUL_MUTATION);
  const count = t('question.contributions.helpfulCount', {
    count: contribution.helpfulCount,
    formatted: formatNumber(contribution.helpfulCount, language),
  });
  // No button for anonymous visitors, nor on one's own contribution (the API refuses self-votes).
  const own = session.status === 'signedIn' && contribution.author.user?.id === session.viewer.id;
  if (session.status !== 'signedIn' || own) return <p className="field__hint">{count}</p>;
  const toggle = async () => {
    try {
      await markHelpful({ variables: { id: contribution.id, helpful: !contribution.viewerFoundHelpful } });
      await onChanged();
    } catch {
      // Shown through `error`.
    }
  };
  return (
    <div className="contribution__actions">
      <Button
        variant="secondary"
        className="helpful-button"
        aria-pressed={contribution.viewerFoundHelpful}
        disabled={loading}
        onClick={() => void toggle()}
      >
        {t('question.contributions.helpful')}
      </Button>
      <span>{count}</span>
      {error ? <span role="alert">{t('question.actionFailed')}</span> : null}
    </div>
  );
}
