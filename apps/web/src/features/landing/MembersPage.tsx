import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../ui/PageTitle';
import { QueryResult } from '../../ui/QueryState';
import { MembersSection } from './MembersSection';
import { MEMBERS_PAGE_QUERY } from './queries';

/** /leden — the network's members: coordinating bodies, pilot projects, cooperations, each with its members nested. */
export function MembersPage() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(MEMBERS_PAGE_QUERY);
  return (
    <>
      <PageTitle title={t('shell.directoryTitle')}>{t('shell.directoryLead')}</PageTitle>
      <QueryResult data={data} error={error} onRetry={refetch}>
        {({ organisations }) => <MembersSection organisations={organisations.nodes} totalCount={organisations.totalCount} />}
      </QueryResult>
    </>
  );
}
