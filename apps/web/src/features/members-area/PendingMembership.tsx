import { MembershipRequestStatus } from '@ln/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Viewer } from '../auth/viewer';

/** For a registered person without an approved membership: is a request pending, or should they make one? */
export function PendingMembership({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const pending = viewer.membershipRequests.filter((request) => request.status === MembershipRequestStatus.PENDING);

  return (
    <div role="status" className="notice notice--info">
      {pending.length > 0 ? (
        <>
          <p>{t('membersArea.pending', { count: pending.length })}</p>
          <ul>
            {pending.map((request) => (
              <li key={request.id}>{request.organisation.name}</li>
            ))}
          </ul>
          <p>{t('membersArea.pendingNext')}</p>
        </>
      ) : (
        <p>
          {t('membersArea.noRequest')} <Link to="/profiel">{t('membersArea.requestLink')}</Link>
        </p>
      )}
    </div>
  );
}
