import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/dateFormat';
import { useLocale } from '../../lib/useLocale';
import { Badge, type BadgeTone } from '../../ui/Badge';
import { PageTitle } from '../../ui/PageTitle';
import { useViewer, type Viewer } from '../auth/viewer';
import { NotificationPreferences } from '../notification-settings/NotificationPreferences';
import { MembershipList } from './MembershipList';
import { LeaveNetwork } from './LeaveNetwork';
import { ModerationHistory } from './ModerationHistory';
import { MyData } from './MyData';
import { SignOutEverywhere } from './SignOutEverywhere';
import { ProfileForm } from './ProfileForm';
import { RequestMembershipForm } from './RequestMembershipForm';

const REQUEST_TONE: Record<string, BadgeTone> = { PENDING: 'warning', APPROVED: 'success', REJECTED: 'danger' };

/** /profiel — own name and language, notification settings, memberships and requests, moderation of own posts, sign out everywhere. */
export function ProfilePage() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  if (!viewer) return null; // behind RequireViewer

  return (
    <>
      <PageTitle title={t('profile.title')} />
      {viewer.email && <p className="muted">{t('profile.signedInAs', { email: viewer.email })}</p>}
      <section aria-labelledby="profile-details" className="section">
        <h2 id="profile-details">{t('profile.details')}</h2>
        <ProfileForm viewer={viewer} />
      </section>
      <section aria-labelledby="profile-notifications" className="section">
        <h2 id="profile-notifications">{t('notificationSettings.title')}</h2>
        <NotificationPreferences />
      </section>
      <Memberships viewer={viewer} />
      <section aria-labelledby="profile-request" className="section">
        <h2 id="profile-request">{t('profile.request.title')}</h2>
        <RequestMembershipForm viewer={viewer} />
      </section>
      <ModerationHistory />
      <MyData />
      <SignOutEverywhere />
      <LeaveNetwork />
    </>
  );
}

function Memberships({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <>
      <section aria-labelledby="profile-memberships" className="section">
        <h2 id="profile-memberships">{t('profile.memberships')}</h2>
        <MembershipList memberships={viewer.memberships} empty={t('profile.noMemberships')} />
      </section>
      {viewer.membershipRequests.length > 0 && (
        <section aria-labelledby="profile-requests" className="section">
          <h2 id="profile-requests">{t('profile.requests')}</h2>
          <ul className="plain-list">
            {viewer.membershipRequests.map((request) => (
              <li key={request.id}>
                {request.organisation.name}{' '}
                <Badge tone={REQUEST_TONE[request.status] ?? 'neutral'}>{t(`profile.requestStatus.${request.status}`)}</Badge>{' '}
                <span className="muted">
                  <time dateTime={request.createdAt}>{formatDateTime(request.createdAt, locale)}</time>
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
