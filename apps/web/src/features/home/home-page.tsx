import { useTranslation } from 'react-i18next';
import { ROUTES } from '../../app/paths';
import { LinkButton, PageHeading } from '../../ui';
import './home-page.css';

export function HomePage() {
  const { t } = useTranslation();
  return (
    <div className="home">
      <section className="home__intro" aria-labelledby="home-title">
        <PageHeading id="home-title">{t('home.title')}</PageHeading>
        <p className="home__lead">{t('home.intro')}</p>
      </section>

      <section aria-labelledby="home-how">
        <h2 id="home-how">{t('home.howItWorks.title')}</h2>
        <ol className="home__steps">
          <li>{t('home.howItWorks.ask')}</li>
          <li>{t('home.howItWorks.contribute')}</li>
          <li>{t('home.howItWorks.synthesise')}</li>
        </ol>
      </section>

      <section aria-labelledby="home-start">
        <h2 id="home-start">{t('home.cta.title')}</h2>
        <div className="home__actions">
          <LinkButton to={ROUTES.ask}>{t('home.cta.ask')}</LinkButton>
          <LinkButton to={ROUTES.search} variant="secondary">
            {t('home.cta.search')}
          </LinkButton>
        </div>
      </section>

      <aside className="home__note" aria-labelledby="home-harm">
        <h2 id="home-harm">{t('home.doNoHarm.title')}</h2>
        <p>{t('home.doNoHarm.body')}</p>
      </aside>
    </div>
  );
}
