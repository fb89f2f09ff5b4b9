import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router-dom';
import { signInPath } from '../../app/paths';
import { LoadingState } from '../../ui';
import { useSession } from './session-context';

/** Pages for signed-in people only: anonymous visitors go to sign in, and come back afterwards. */
export function RequireSession({ children }: { children: ReactElement }) {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  if (session.status === 'restoring') return <LoadingState label={t('account.restoring')} />;
  if (session.status === 'anonymous') {
    return <Navigate to={signInPath(`${location.pathname}${location.search}`)} replace />;
  }
  return children;
}
