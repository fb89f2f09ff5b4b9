import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { questionPath } from '../../../app/paths';
import { HighlightedText } from '../../../ui';
import { useDebouncedValue } from '../../vocabulary';
import { SIMILAR_QUESTIONS_QUERY } from '../graphql/ask-question.operations';

/** Existing questions like the one being typed, so a lead can join one instead of asking twice. */
export function SimilarQuestions({ title }: { title: string }) {
  const { t } = useTranslation();
  const debounced = useDebouncedValue(title.trim(), 400);
  const { data } = useQuery(SIMILAR_QUESTIONS_QUERY, { variables: { title: debounced }, skip: debounced.length < 8 });
  const similar = debounced.length >= 8 ? (data?.similarQuestions ?? []) : [];
  return (
    <div aria-live="polite" className="similar-questions">
      {similar.length ? (
        <section aria-labelledby="similar-heading" className="similar-questions__box">
          <h2 id="similar-heading">{t('ask.similar.heading')}</h2>
          <p className="field__hint">{t('ask.similar.hint')}</p>
          <ul>
            {similar.map((hit) => (
              <li key={hit.id}>
                <Link to={questionPath(hit.questionId)} target="_blank" rel="noopener">
                  <HighlightedText text={hit.title.text} ranges={hit.title.highlights} />
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
