import { graphql } from '../../gql';
import type { NotificationBellQuery } from '../../gql/graphql';

/** One notification as the bell lists it. */
export type NotificationData = NotificationBellQuery['notifications']['nodes'][number];

export const NOTIFICATIONS_QUERY = graphql(`
  query NotificationBell {
    unreadNotificationCount
    notifications(first: 10) {
      totalCount
      nodes {
        id
        kind
        subject
        link
        createdAt
        readAt
      }
    }
  }
`);

export const NOTIFICATION_ADDED_SUBSCRIPTION = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      id
      kind
      subject
      link
      createdAt
      readAt
    }
  }
`);
