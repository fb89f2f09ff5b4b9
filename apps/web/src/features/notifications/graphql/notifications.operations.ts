import { graphql } from '../../../graphql/generated';

/** The bell's only request: one integer. */
export const UNREAD_NOTIFICATION_COUNT_QUERY = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const NOTIFICATIONS_QUERY = graphql(`
  query Notifications($after: String) {
    unreadNotificationCount
    notifications(first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          createdAt
          readAt
          closesAt
          question {
            id
            title
          }
        }
      }
    }
  }
`);

export const MARK_NOTIFICATIONS_READ_MUTATION = graphql(`
  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {
    markNotificationsRead(ids: $ids, all: $all)
  }
`);

export const NOTIFICATION_PREFERENCES_QUERY = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      email
      emailAvailable
    }
  }
`);

export const UPDATE_NOTIFICATION_PREFERENCES_MUTATION = graphql(`
  mutation UpdateNotificationPreferences($email: EmailCadence!) {
    updateNotificationPreferences(input: { email: $email }) {
      email
      emailAvailable
    }
  }
`);
