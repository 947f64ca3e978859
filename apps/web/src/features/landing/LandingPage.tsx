import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '../../ui/QueryState';
import { AboutNetwork } from './AboutNetwork';
import { LatestPractices } from './LatestPractices';
import { MeetingsSection } from './MeetingsSection';
import { MembersSection } from './MembersSection';
import { LANDING_PAGE_QUERY } from './queries';

/** The network's public home page at "/". */
export function LandingPage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(LANDING_PAGE_QUERY);

  return (
    <>
      <title>{t('landing.documentTitle')}</title>
      <AboutNetwork />
      {data ? (
        <>
          <MembersSection organisations={data.organisations.nodes} totalCount={data.organisations.totalCount} />
          <MeetingsSection meetings={data.meetings.nodes} />
          <LatestPractices />
        </>
      ) : error ? (
        <LoadError onRetry={() => void refetch()} />
      ) : (
        loading && <Loading />
      )}
    </>
  );
}
