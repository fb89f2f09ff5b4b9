import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { questionPath } from '../../../app/paths';
import { useDebouncedValue } from '../../vocabulary';
import { QuestionStatusLabel } from '../components/question-status';
import { RECENT_QUESTION_TITLES_QUERY } from '../graphql/ask-question.operations';
import { similarByTitle } from './similar-titles';

/** Existing questions like the one being typed, so a lead can join one instead of asking twice. */
export function SimilarQuestions({ title }: { title: string }) {
  const { t } = useTranslation();
  const debounced = useDebouncedValue(title, 400);
  const { data } = useQuery(RECENT_QUESTION_TITLES_QUERY, { skip: debounced.trim().length < 8 });
  const similar = similarByTitle(debounced, data?.questions.edges.map((edge) => edge.node) ?? []);
  return (
    <div aria-live="polite" className="similar-questions">
      {similar.length ? (
        <section aria-labelledby="similar-heading" className="similar-questions__box">
          <h2 id="similar-heading">{t('ask.similar.heading')}</h2>
          <p className="field__hint">{t('ask.similar.hint')}</p>
          <ul>
            {similar.map((question) => (
              <li key={question.id}>
                <Link to={questionPath(question.id)} target="_blank">
                  <bdi>{question.title}</bdi>
                </Link>{' '}
                <QuestionStatusLabel status={question.status} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
