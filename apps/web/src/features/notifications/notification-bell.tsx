import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ROUTES } from '../../app/paths';
import { UNREAD_NOTIFICATION_COUNT_QUERY } from './graphql/notifications.operations';

/**
 * Polling once a minute, not a socket: one tiny request a minute survives weak and intermittent
 * connections (and proxies) without reconnect logic, and a minute's delay is fine for this news.
 */
export const BELL_POLL_INTERVAL_MS = 60_000;

/** The header's bell: how many unread notifications, linking to the list. Part of the first load, so it stays tiny. */
export function NotificationBell() {
  const { t } = useTranslation();
  const { data } = useQuery(UNREAD_NOTIFICATION_COUNT_QUERY, { pollInterval: BELL_POLL_INTERVAL_MS, notifyOnNetworkStatusChange: false });
  const count = data?.unreadNotificationCount ?? 0;
  return (
    <Link to={ROUTES.notifications} className="notification-bell" aria-label={t('notifications.bell', { count })}>
      <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20">
        <path fill="currentColor" d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z" />
      </svg>
      {count > 0 ? (
        <span className="notification-bell__count" data-testid="notification-count">
          {count > 99 ? '99+' : count}
        </span>
      ) : null}
    </Link>
  );
}
