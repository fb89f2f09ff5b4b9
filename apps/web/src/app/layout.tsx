import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router-dom';
import { AccountMenu } from '../features/account/account-menu';
import { useSession } from '../features/account/session-context';
import { useAdminSections } from '../features/admin/use-admin-sections';
import { useModerates } from '../features/moderation/use-moderates';
import { LanguageSwitcher } from '../i18n';
import { RouteFocusContext, SkipLink } from '../ui';
import { RouteBoundary } from './route-boundary';
import { ROUTES } from './paths';
import './layout.css';

export const MAIN_CONTENT_ID = 'main';

export function Layout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  // After the first in-app navigation, each new page's heading takes focus (not on first load).
  const [initialPathname] = useState(pathname);
  const [navigated, setNavigated] = useState(false);
  if (!navigated && pathname !== initialPathname) setNavigated(true);
  const routeFocus = useMemo(() => ({ focusOnMount: navigated }), [navigated]);
  const showAdmin = useAdminSections().length > 0;
  const moderates = useModerates();
  const signedIn = useSession().status === 'signedIn';

  return (
    <div className="layout">
      <SkipLink targetId={MAIN_CONTENT_ID}>{t('skipLink')}</SkipLink>
      <header className="site-header">
        <div className="site-header__bar">
          <Link to={ROUTES.home} className="site-header__name">
            {t('app.name')}
          </Link>
          <div className="site-header__tools">
            <AccountMenu />
            <LanguageSwitcher />
          </div>
        </div>
        <nav className="site-nav" aria-label={t('nav.label')}>
          <ul>
            <li>
              <NavLink to={ROUTES.home} end>
                {t('nav.home')}
              </NavLink>
            </li>
            <li>
              <NavLink to={ROUTES.questions}>{t('nav.questions')}</NavLink>
            </li>
            <li>
              <NavLink to={ROUTES.search}>{t('nav.search')}</NavLink>
            </li>
            <li>
              <NavLink to={ROUTES.ask}>{t('nav.ask')}</NavLink>
            </li>
            <li>
              <NavLink to={ROUTES.status}>{t('nav.status')}</NavLink>
            </li>
            {signedIn ? (
              <li>
                <NavLink to={ROUTES.dashboard}>{t('nav.dashboard')}</NavLink>
              </li>
            ) : null}
            {moderates ? (
              <li>
                <NavLink to={ROUTES.moderation}>{t('nav.moderation')}</NavLink>
              </li>
            ) : null}
            {showAdmin ? (
              <li>
                <NavLink to={ROUTES.admin}>{t('nav.admin')}</NavLink>
              </li>
            ) : null}
          </ul>
        </nav>
      </header>
      <main id={MAIN_CONTENT_ID} className="site-main" tabIndex={-1}>
        <RouteFocusContext.Provider value={routeFocus}>
          {/* A new boundary per page: a failed page does not stick, and each page shows its own loading state. */}
          <RouteBoundary key={pathname}>
            <Outlet />
          </RouteBoundary>
        </RouteFocusContext.Provider>
      </main>
    </div>
  );
}
