import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../ui/QueryState';
import type { ViewerMembership } from '../auth/viewer';

/** The viewer's organisations, each a link with its type. */
export function MembershipList({ memberships, empty }: { memberships: ViewerMembership[]; empty: string }) {
  const { t } = useTranslation();
  if (memberships.length === 0) return <EmptyState>{empty}</EmptyState>;
  return (
    <ul>
      {memberships.map(({ id, organisation }) => (
        <li key={id}>
          <Link to={`/organisaties/${organisation.id}`}>{organisation.name}</Link>{' '}
          <span className="muted">({t(`organisationType.${organisation.type}`)})</span>
        </li>
      ))}
    </ul>
  );
}
