import { useQuery, useSubscription } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { ActionError } from '../../ui/LiveStatus';
import { useAction } from '../../ui/useAction';
import { useDisclosure } from '../../ui/useDisclosure';
import { NotificationList } from './NotificationList';
import type { NotificationBellQuery } from '../../gql/graphql';
import { NOTIFICATION_ADDED_SUBSCRIPTION, NOTIFICATIONS_QUERY, type NotificationData } from './queries';
import { useMarkNotificationsRead } from './useMarkNotificationsRead';

/** Notifications arrive live (graphql-ws); asking every minute covers a socket that is down. */
export const POLL_INTERVAL_MS = 60_000;

/** The bell's data with `notification` added on top (once), counted as unread. */
export function withNotification(data: NotificationBellQuery, notification: NotificationData) {
  if (data.notifications.nodes.some((node) => node.id === notification.id)) return data;
  return {
    ...data,
    unreadNotificationCount: data.unreadNotificationCount + (notification.readAt ? 0 : 1),
    notifications: {
      ...data.notifications,
      totalCount: data.notifications.totalCount + 1,
      nodes: [notification, ...data.notifications.nodes].slice(0, 10),
    },
  };
}

/** Header: a bell with the number of unread notifications, opening the ten latest. */
export function NotificationBell() {
  const { t } = useTranslation();
  const { data } = useQuery(NOTIFICATIONS_QUERY, { pollInterval: POLL_INTERVAL_MS });
  useSubscription(NOTIFICATION_ADDED_SUBSCRIPTION, {
    ignoreResults: true,
    onData: ({ client, data: event }) => {
      const notification = event.data?.notificationAdded;
      if (!notification) return;
      client.cache.updateQuery({ query: NOTIFICATIONS_QUERY }, (current) => current && withNotification(current, notification));
    },
  });
  const markRead = useAction(useMarkNotificationsRead());
  const bell = useDisclosure();
  const unread = data?.unreadNotificationCount ?? 0;
  const nodes = data?.notifications.nodes ?? [];

  return (
    <div className="bell" {...bell.rootProps}>
      <button className="bell__button" {...bell.buttonProps}>
        <span aria-hidden="true">🔔</span> {t('notifications.title')}
        {unread > 0 && (
          <span className="bell__count" aria-hidden="true">
            {unread}
          </span>
        )}
        <span className="visually-hidden">{t('notifications.unread', { count: unread })}</span>
      </button>
      <div className="bell__panel" {...bell.panelProps}>
        <h2 className="bell__title">{t('notifications.title')}</h2>
        <NotificationList notifications={nodes} />
        <ActionError message={markRead.error} />
        {unread > 0 && (
          <Button busy={markRead.busy} onClick={() => void markRead.run({ shown: nodes.map((n) => n.id) })}>
            {t('notifications.markAllRead')}
          </Button>
        )}
      </div>
    </div>
  );
}
