import { useQuery } from '@apollo/client/react';
import { MembershipRequestStatus } from '@ln/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveStatus } from '../../../ui/LiveStatus';
import { QueryResult } from '../../../ui/QueryState';
import { MembershipRequestItem } from './MembershipRequestItem';
import { MEMBERSHIP_REQUESTS_QUERY } from './queries';

/** /beheer — membership requests waiting for a decision. */
export function MembershipRequestsPanel() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(MEMBERSHIP_REQUESTS_QUERY, { fetchPolicy: 'cache-and-network' });
  const [announcement, setAnnouncement] = useState<string>();
  const pending = data?.membershipRequests.filter((request) => request.status === MembershipRequestStatus.PENDING);

  return (
    <section aria-labelledby="admin-requests" className="section">
      <h2 id="admin-requests">{t('admin.requests.title')}</h2>
      <LiveStatus message={announcement} />
      <QueryResult data={pending} error={error} onRetry={refetch} isEmpty={(list) => list.length === 0} empty={t('admin.requests.empty')}>
        {(list) => (
          <ul className="card-list card-list--single">
            {list.map((request) => (
              <MembershipRequestItem key={request.id} request={request} onDone={setAnnouncement} />
            ))}
          </ul>
        )}
      </QueryResult>
    </section>
  );
}
