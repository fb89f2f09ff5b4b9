import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { questionPath, ROUTES } from '../../app/paths';
import type { TFunction } from 'i18next';
import type { NotificationKind, NotificationsQuery } from '../../graphql/generated/graphql';
import { Button, EmptyState, ErrorMessage, LoadingState, PageHeading, useDateFormat } from '../../ui';
import { MARK_NOTIFICATIONS_READ_MUTATION, NOTIFICATIONS_QUERY } from './graphql/notifications.operations';
import './notifications.css';

type NotificationNode = NotificationsQuery['notifications']['edges'][number]['node'];

export function NotificationsPage() {
  const { t } = useTranslation();
  const { data, error, loading, refetch, fetchMore } = useQuery(NOTIFICATIONS_QUERY, { fetchPolicy: 'cache-and-network' });
  const [markRead, marking] = useMutation(MARK_NOTIFICATIONS_READ_MUTATION, { refetchQueries: [NOTIFICATIONS_QUERY], awaitRefetchQueries: true });
  const notifications = data?.notifications;
  const unread = data?.unreadNotificationCount ?? 0;

  let content;
  if (!notifications && error) {
    content = (
      <ErrorMessage title={t('notifications.error')} action={<Button variant="secondary" onClick={() => void refetch()}>{t('notifications.retry')}</Button>} />
    );
  } else if (!notifications) {
    content = <LoadingState label={t('notifications.loading')} />;
  } else if (notifications.edges.length === 0) {
    content = (
      <EmptyState title={t('notifications.empty.title')}>
        <p>{t('notifications.empty.body')}</p>
      </EmptyState>
    );
  } else {
    content = (
      <>
        <ul className="notification-list" data-testid="notification-list">
          {notifications.edges.map(({ node }) => (
            <NotificationItem key={node.id} node={node} busy={marking.loading} onMarkRead={() => void markRead({ variables: { ids: [node.id] } })} />
          ))}
        </ul>
        {notifications.pageInfo.hasNextPage ? (
          <Button variant="secondary" disabled={loading} onClick={() => void fetchMore({ variables: { after: notifications.pageInfo.endCursor } })}>
            {t('notifications.more')}
          </Button>
        ) : null}
      </>
    );
  }

  return (
    <article className="notifications-page">
      <PageHeading>{t('notifications.title')}</PageHeading>
      <div className="notifications-page__actions">
        <p role="status" data-testid="unread-summary">
          {t('notifications.unread', { count: unread })}
        </p>
        {unread > 0 ? (
          <Button variant="secondary" disabled={marking.loading} onClick={() => void markRead({ variables: { all: true } })}>
            {t('notifications.markAllRead')}
          </Button>
        ) : null}
        <Link to={ROUTES.notificationSettings}>{t('notifications.settingsLink')}</Link>
      </div>
      {marking.error ? <ErrorMessage title={t('notifications.markError')} /> : null}
      {content}
    </article>
  );
}

function kindLabel(t: TFunction, kind: NotificationKind): string {
  switch (kind) {
    case 'QUESTION_OPENED':
      return t('notifications.kinds.QUESTION_OPENED');
    case 'CONTRIBUTION_ADDED':
      return t('notifications.kinds.CONTRIBUTION_ADDED');
    case 'SYNTHESIS_PUBLISHED':
      return t('notifications.kinds.SYNTHESIS_PUBLISHED');
    case 'QUESTION_INVITATION':
      return t('notifications.kinds.QUESTION_INVITATION');
    case 'DISCUSSION_CLOSING':
      return t('notifications.kinds.DISCUSSION_CLOSING');
  }
}

function NotificationItem({ node, busy, onMarkRead }: { node: NotificationNode; busy: boolean; onMarkRead: () => void }) {
  const { t } = useTranslation();
  const { formatDate, formatDateTime } = useDateFormat();
  const unread = !node.readAt;
  return (
    <li className={unread ? 'notification-item notification-item--unread' : 'notification-item'} data-testid="notification-item">
      <div>
        <p className="notification-item__kind">
          {node.kind === 'DISCUSSION_CLOSING' && node.closesAt
            ? t('notifications.closing', { date: formatDate(node.closesAt) })
            : kindLabel(t, node.kind)}
          {unread ? <span className="notification-item__new"> · {t('notifications.unreadMarker')}</span> : null}
        </p>
        {node.question ? (
          <Link to={questionPath(node.question.id)}>
            <bdi>{node.question.title}</bdi>
          </Link>
        ) : null}
        <p className="notification-item__meta">
          <time dateTime={node.createdAt}>{formatDateTime(node.createdAt)}</time>
        </p>
      </div>
      {unread ? (
        <Button variant="secondary" disabled={busy} onClick={onMarkRead}>
          {t('notifications.markRead')}
        </Button>
      ) : null}
    </li>
  );
}
