import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../lib/dateFormat';
import { useLocale } from '../../lib/useLocale';
import type { NotificationData } from './queries';

/** Only paths inside the app become links. */
function appPath(link: string): string | undefined {
  return link.startsWith('/') && !link.startsWith('//') ? link : undefined;
}

export function NotificationList({ notifications }: { notifications: NotificationData[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (notifications.length === 0) return <p>{t('notifications.empty')}</p>;
  return (
    <ul className="bell__list">
      {notifications.map((notification) => {
        const path = appPath(notification.link);
        return (
          <li key={notification.id} className={notification.readAt ? 'bell__item' : 'bell__item bell__item--unread'}>
            {!notification.readAt && <span className="visually-hidden">{t('notifications.new')} </span>}
            {path ? <Link to={path}>{notification.subject}</Link> : notification.subject}
            <br />
            <time className="muted" dateTime={notification.createdAt}>
              {formatDateTime(notification.createdAt, locale)}
            </time>
          </li>
        );
      })}
    </ul>
  );
}
