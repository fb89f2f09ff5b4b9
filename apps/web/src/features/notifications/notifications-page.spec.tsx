import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen } from '@testing-library/react';
import { renderWithProviders } from '../../testing/render-with-providers';
import { MARK_NOTIFICATIONS_READ_MUTATION, NOTIFICATIONS_QUERY } from './graphql/notifications.operations';
import { NotificationsPage } from './notifications-page';

function feed(readAt: string | null): MockLink.MockedResponse {
  return {
    request: { query: NOTIFICATIONS_QUERY, variables: {} },
    result: {
      data: {
        unreadNotificationCount: readAt ? 0 : 1,
        notifications: {
          __typename: 'NotificationConnection',
          totalCount: 1,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c1' },
          edges: [
            {
              __typename: 'NotificationEdge',
              node: {
                __typename: 'Notification',
                id: 'n1',
                kind: 'CONTRIBUTION_ADDED',
                createdAt: '2031-01-06T10:00:00.000Z',
                readAt,
                closesAt: null,
                question: { __typename: 'ResearchQuestion', id: 'q1', title: 'Who lends to households in Akkar?' },
              },
            },
          ],
        },
      },
    },
  };
}

describe('NotificationsPage', () => {
  it('lists notifications and marks one read', async () => {
    renderWithProviders(<NotificationsPage />, {
      viewer: {},
      mocks: [feed(null), { request: { query: MARK_NOTIFICATIONS_READ_MUTATION, variables: { ids: ['n1'] } }, result: { data: { markNotificationsRead: 1 } } }, feed('2031-01-06T11:00:00.000Z')],
    });
    expect(screen.getByText('Loading notifications…')).toBeTruthy();
    expect(await screen.findByText('Who lends to households in Akkar?')).toBeTruthy();
    expect(screen.getByText('New contribution to a question you follow')).toBeTruthy();
    expect(screen.getByTestId('unread-summary').textContent).toBe('1 unread');
    fireEvent.click(screen.getByRole('button', { name: 'Mark as read' }));
    expect(await screen.findByText('0 unread')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Mark as read' })).toBeNull();
  });

  it('says when there is nothing, and when the list cannot be loaded', async () => {
    const empty = feed(null);
    const data = (empty.result as { data: { notifications: { edges: unknown[]; totalCount: number }; unreadNotificationCount: number } }).data;
    data.notifications.edges = [];
    data.notifications.totalCount = 0;
    data.unreadNotificationCount = 0;
    const { unmount } = renderWithProviders(<NotificationsPage />, { viewer: {}, mocks: [empty] });
    expect(await screen.findByText('Nothing new')).toBeTruthy();
    unmount();

    renderWithProviders(<NotificationsPage />, { viewer: {}, mocks: [{ request: { query: NOTIFICATIONS_QUERY, variables: {} }, error: new Error('offline') }] });
    expect(await screen.findByText('Notifications could not be loaded.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});
