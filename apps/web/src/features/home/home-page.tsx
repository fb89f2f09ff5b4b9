import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ROUTES } from '../../app/paths';
import { Button, ErrorMessage, LinkButton, LoadingState, PageHeading } from '../../ui';
import { canAskQuestions } from '../account/roles';
import { useSession } from '../account/session-context';
import { HOME_PAGE_QUERY } from './graphql/home-page.query';
import { Follows, OpenQuestionsBySector, RecentSyntheses } from './home-sections';
import './home-page.css';

export function HomePage() {
  const { t } = useTranslation();
  const session = useSession();
  const signedIn = session.status === 'signedIn';
  const { data, error, refetch } = useQuery(HOME_PAGE_QUERY, {
    variables: { signedIn },
    skip: session.status === 'restoring',
  });

  return (
    <div className="home">
      <section className="home__intro" aria-labelledby="home-title">
        <PageHeading id="home-title">{t('home.title')}</PageHeading>
        <p className="home__lead">{t('home.intro')}</p>
      </section>

      {signedIn ? null : (
        <section aria-labelledby="home-how">
          <h2 id="home-how">{t('home.howItWorks.title')}</h2>
          <ol className="home__steps">
            <li>{t('home.howItWorks.ask')}</li>
            <li>{t('home.howItWorks.contribute')}</li>
            <li>{t('home.howItWorks.synthesise')}</li>
          </ol>
        </section>
      )}

      <section aria-labelledby="home-start" className="home__call">
        <h2 id="home-start">{t('home.contribute.title')}</h2>
        <p>{t('home.contribute.body')}</p>
        <div className="home__actions">
          <LinkButton to={ROUTES.questions + '?status=OPEN'}>{t('home.contribute.action')}</LinkButton>
          {canAskQuestions(session) ? (
            <LinkButton to={ROUTES.ask} variant="secondary">
              {t('home.cta.ask')}
            </LinkButton>
          ) : null}
          <LinkButton to={ROUTES.search} variant="secondary">
            {t('home.cta.search')}
          </LinkButton>
        </div>
      </section>

      {error && !data ? (
        <ErrorMessage title={t('home.error')} action={<Button onClick={() => void refetch()}>{t('question.error.retry')}</Button>} />
      ) : null}
      {!data && !error ? <LoadingState label={t('home.loading')} /> : null}
      {data ? (
        <>
          {data.myFollows ? <Follows follows={data.myFollows} /> : null}
          <OpenQuestionsBySector questions={data.openQuestions.edges.map((edge) => edge.node)} />
          <RecentSyntheses questions={data.recentSyntheses.edges} />
        </>
      ) : null}

      <aside className="home__note" aria-labelledby="home-harm">
        <h2 id="home-harm">{t('home.doNoHarm.title')}</h2>
        <p>{t('home.doNoHarm.body')}</p>
      </aside>
    </div>
  );
}
