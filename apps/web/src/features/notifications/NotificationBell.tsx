import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { ActionError } from '../../ui/LiveStatus';
import { useAction } from '../../ui/useAction';
import { useDisclosure } from '../../ui/useDisclosure';
import { NotificationList } from './NotificationList';
import { NOTIFICATIONS_QUERY } from './queries';
import { useMarkNotificationsRead } from './useMarkNotificationsRead';

/** Until notifications arrive live (graphql-ws), the bell asks every 30 seconds. */
export const POLL_INTERVAL_MS = 30_000;

/** Header: a bell with the number of unread notifications, opening the ten latest. */
export function NotificationBell() {
  const { t } = useTranslation();
  const { data } = useQuery(NOTIFICATIONS_QUERY, { pollInterval: POLL_INTERVAL_MS });
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
