import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { questionPath, ROUTES } from '../../app/paths';
import type { HomePageQuery } from '../../graphql/generated/graphql';
import { useDateFormat } from '../../ui';
import { QuestionCard } from '../questions/components/question-card';
import { useVocabularies } from '../vocabulary';
import { FOLLOWED_QUESTION_QUERY } from './graphql/home-page.query';
import { htmlExcerpt } from './html-excerpt';

type OpenQuestion = HomePageQuery['openQuestions']['edges'][number]['node'];

/** Open questions grouped by their first sector, each group closing soonest first. */
export function OpenQuestionsBySector({ questions }: { questions: ReadonlyArray<OpenQuestion> }) {
  const { t } = useTranslation();
  const { sectorName } = useVocabularies();
  const groups = new Map<string, OpenQuestion[]>();
  for (const question of questions) {
    const sector = question.sectors[0] ?? '';
    groups.set(sector, [...(groups.get(sector) ?? []), question]);
  }
  return (
    <section aria-labelledby="home-open">
      <h2 id="home-open">{t('home.open.title')}</h2>
      {questions.length === 0 ? <p>{t('home.open.empty')}</p> : null}
      {[...groups].map(([sector, items]) => (
        <div key={sector || 'none'} className="home__group">
          <h3>{sector ? sectorName(sector) : t('home.open.noSector')}</h3>
          <ul className="home__list">
            {items.map((question) => (
              <li key={question.id}>
                <QuestionCard question={question} headingLevel={3} />
              </li>
            ))}
          </ul>
        </div>
      ))}
      <p>
        <Link to={ROUTES.questions}>{t('home.open.all')}</Link>
      </p>
    </section>
  );
}

export function RecentSyntheses({ questions }: { questions: HomePageQuery['recentSyntheses']['edges'] }) {
  const { t } = useTranslation();
  const { formatDate } = useDateFormat();
  const withSynthesis = questions.map((edge) => edge.node).filter((question) => question.synthesis);
  return (
    <section aria-labelledby="home-syntheses">
      <h2 id="home-syntheses">{t('home.syntheses.title')}</h2>
      {withSynthesis.length === 0 ? <p>{t('home.syntheses.empty')}</p> : null}
      <ul className="home__list">
        {withSynthesis.map((question) => (
          <li key={question.id} className="home__synthesis">
            <h3>
              <Link to={questionPath(question.id)}>
                <bdi>{question.title}</bdi>
              </Link>
            </h3>
            {question.synthesis ? (
              <>
                <p className="field__hint">{formatDate(question.synthesis.publishedAt)}</p>
                <p dir="auto">{htmlExcerpt(question.synthesis.bodyHtml)}</p>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function Follows({ follows }: { follows: NonNullable<HomePageQuery['myFollows']> }) {
  const { t } = useTranslation();
  const vocabularies = useVocabularies();
  return (
    <section aria-labelledby="home-follows">
      <h2 id="home-follows">{t('home.follows.title')}</h2>
      {follows.length === 0 ? <p>{t('home.follows.empty')}</p> : null}
      <ul className="home__list">
        {follows.map((follow) => (
          <li key={`${follow.kind}:${follow.key}`}>
            {follow.kind === 'QUESTION' ? <FollowedQuestion id={follow.key} /> : null}
            {follow.kind === 'SECTOR' ? t('home.follows.sector', { name: vocabularies.sectorName(follow.key) }) : null}
            {follow.kind === 'PLACE' ? t('home.follows.place', { name: vocabularies.placeName(follow.key) }) : null}
            {follow.kind === 'TAG' ? <bdi>#{follow.key}</bdi> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function FollowedQuestion({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(FOLLOWED_QUESTION_QUERY, { variables: { id } });
  return (
    <Link to={questionPath(id)}>
      {data ? <bdi>{data.question.title}</bdi> : t('home.follows.question')}
    </Link>
  );
}
