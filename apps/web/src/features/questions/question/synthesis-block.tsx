import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../../ui';
import { ReviewBadge } from '../../personal-data/personal-data-panel';
import { ServerHtml } from '../components/server-html';
import { contributionAnchor } from './contribution-list';
import type { SynthesisData } from './types';

export function SynthesisBlock({ synthesis }: { synthesis: SynthesisData }) {
  const { t } = useTranslation();
  const { formatDate } = useDateFormat();
  return (
    <section className="synthesis" aria-labelledby="synthesis-heading">
      <h2 id="synthesis-heading">{t('question.synthesis.heading')}</h2>
      <p className="field__hint">
        {t('question.synthesis.meta', { version: synthesis.version, date: formatDate(synthesis.publishedAt) })}
        {synthesis.author ? (
          <>
            {' · '}
            <bdi>{synthesis.author.displayName}</bdi>
          </>
        ) : null}{' '}
        <ReviewBadge review={synthesis.review} reason={synthesis.reviewReason} />
      </p>
      <ServerHtml html={synthesis.bodyHtml} />
      {synthesis.citations.length ? (
        <>
          <h3>{t('question.synthesis.citations')}</h3>
          <ol>
            {synthesis.citations.map((citation, index) => (
              <li key={citation.id}>
                <a href={`#${contributionAnchor(citation.id)}`}>{t('question.synthesis.citation', { number: index + 1 })}</a>
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}
