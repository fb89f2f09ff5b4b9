import { useApolloClient, useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { ROUTES, signInPath } from '../../app/paths';
import { Button } from '../../ui';
import { NotificationBell } from '../notifications/notification-bell';
import { SIGN_OUT_MUTATION } from './graphql/session.operations';
import { useSession, useSessionStore } from './session-context';
import './account.css';

/** The header's account corner: who is signed in and a way out, or a way in. */
export function AccountMenu() {
  const { t } = useTranslation();
  const session = useSession();
  const store = useSessionStore();
  const client = useApolloClient();
  const navigate = useNavigate();
  const location = useLocation();
  const [signOut, { loading }] = useMutation(SIGN_OUT_MUTATION);

  // While the session is restored, hold the place of the sign-in link so the header does not reflow when it appears.
  if (session.status === 'restoring') {
    return (
      <div className="account-menu account-menu--pending" aria-hidden="true">
        <span>{t('account.signIn.link')}</span>
      </div>
    );
  }
  if (session.status === 'anonymous') {
    const onSignInPage = location.pathname === ROUTES.signIn;
    return onSignInPage ? null : (
      <div className="account-menu">
        <Link to={signInPath(`${location.pathname}${location.search}`)}>{t('account.signIn.link')}</Link>
      </div>
    );
  }

  const onSignOut = async () => {
    try {
      await signOut();
    } catch {
      // Even when the server cannot be reached, forget the session on this device.
    }
    store.signedOut();
    await client.clearStore();
    navigate(ROUTES.home);
  };

  return (
    <div className="account-menu">
      <NotificationBell />
      <Link to={ROUTES.profile} className="account-menu__name" data-testid="viewer-name" aria-label={t('account.profileOf', { name: session.viewer.displayName })}>
        <bdi>{session.viewer.displayName}</bdi>
      </Link>
      <Link to={ROUTES.organisation}>{t('account.organisation')}</Link>
      <Link to={ROUTES.notificationSettings}>{t('notifications.settings.menuLink')}</Link>
      <Button variant="secondary" className="account-menu__button" disabled={loading} onClick={() => void onSignOut()}>
        {t('account.signOut')}
      </Button>
    </div>
  );
}
