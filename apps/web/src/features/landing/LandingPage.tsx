import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadError, Loading } from '../../ui/QueryState';
import { AboutNetwork, NetworkIntro } from './AboutNetwork';
import { LatestPractices } from './LatestPractices';
import { MeetingsSection } from './MeetingsSection';
import { LANDING_PAGE_QUERY } from './queries';

/**
 * The network's public home page at "/": what it is, then the next meetings and the
 * latest practices, then more about the network; the member directory is on /leden.
 * The introduction needs no data, so it paints at once.
 */
export function LandingPage() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(LANDING_PAGE_QUERY);

  return (
    <>
      <title>{t('landing.documentTitle')}</title>
      <NetworkIntro />
      <div className="landing-columns">
        {data ? (
          <MeetingsSection meetings={data.meetings.nodes} />
        ) : error ? (
          <LoadError onRetry={() => void refetch()} />
        ) : (
          <Loading lines={5} />
        )}
        <LatestPractices />
      </div>
      <AboutNetwork>
        {data && (
          <p>
            <Link to="/leden">{t('shell.directoryLink', { count: data.organisations.totalCount })}</Link>
          </p>
        )}
      </AboutNetwork>
    </>
  );
}
