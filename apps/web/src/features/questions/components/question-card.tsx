import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { questionPath } from '../../../app/paths';
import type { QuestionCardFieldsFragment } from '../../../graphql/generated/graphql';
import { formatNumber, useDateFormat } from '../../../ui';
import { useLanguage } from '../../vocabulary';
import { QuestionStatusLabel } from './question-status';
import { VocabularyChips } from './vocabulary-chips';
import './question-card.css';

export function QuestionCard({ question, headingLevel = 3 }: { question: QuestionCardFieldsFragment; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { formatDate } = useDateFormat();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="question-card">
      <Heading className="question-card__title">
        <Link to={questionPath(question.id)}>
          <bdi>{question.title}</bdi>
        </Link>
      </Heading>
      <p className="question-card__meta">
        <QuestionStatusLabel status={question.status} />
        {question.closesAt ? <span>{t('question.closesOn', { date: formatDate(question.closesAt) })}</span> : null}
        <span>
          {t('question.contributions.heading', {
            count: question.contributionCount,
            formatted: formatNumber(question.contributionCount, language),
          })}
        </span>
      </p>
      <VocabularyChips sectors={question.sectors} places={question.places} />
    </article>
  );
}
