import { gql, type TypedDocumentNode } from '@apollo/client';

export interface NotificationData {
  id: string;
  kind: string;
  subject: string;
  /** A path in the web app, e.g. /projecten/… */
  link: string;
  createdAt: string;
  readAt: string | null;
}

export const NOTIFICATIONS_QUERY: TypedDocumentNode<
  { unreadNotificationCount: number; notifications: { totalCount: number; nodes: NotificationData[] } },
  Record<string, never>
> = gql`
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
`;

export const NOTIFICATION_ADDED_SUBSCRIPTION: TypedDocumentNode<{ notificationAdded: NotificationData }, Record<string, never>> = gql`
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
`;
