import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { QueryResult } from '../../ui/QueryState';
import { MeetingRow } from './MeetingRow';
import { MEETING_SUMMARY_FRAGMENT, MEETINGS_QUERY } from './queries';
import { getFragmentData } from '../../gql';
import { pageInfoOf } from '../../lib/pageInfo';

const PAGE_SIZE = 20;

/** Upcoming meetings (soonest first) or past ones (most recent first), with "more". */
export function MeetingList({ when }: { when: 'upcoming' | 'past' }) {
  const { t } = useTranslation();
  // Fixed for the page's life, so the query's variables do not change on every render.
  const now = useMemo(() => new Date().toISOString(), []);
  const variables = { filter: when === 'upcoming' ? { upcoming: true } : { to: now }, first: PAGE_SIZE };
  const { data, error, refetch, fetchMore } = useQuery(MEETINGS_QUERY, { variables, fetchPolicy: 'cache-and-network' });
  const [loadingMore, setLoadingMore] = useState(false);
  const headingId = `meetings-${when}`;

  async function showMore(after: string | null) {
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { ...variables, after },
        updateQuery: (previous, { fetchMoreResult }) => ({
          meetings: { ...fetchMoreResult.meetings, nodes: [...previous.meetings.nodes, ...fetchMoreResult.meetings.nodes] },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  }

  // A meeting still going on is listed with the upcoming ones only.
  const nodes = getFragmentData(MEETING_SUMMARY_FRAGMENT, data?.meetings.nodes)?.filter(
    (meeting) => when === 'upcoming' || Date.parse(meeting.endsAt) < Date.parse(now),
  );

  return (
    <section aria-labelledby={headingId} className="section">
      <h2 id={headingId}>{t(`meetings.${when}`)}</h2>
      <QueryResult
        data={nodes && data ? { nodes, pageInfo: pageInfoOf(data.meetings.pageInfo) } : undefined}
        error={error}
        onRetry={refetch}
        isEmpty={(list) => list.nodes.length === 0}
        empty={t(when === 'upcoming' ? 'meetings.noUpcoming' : 'meetings.noPast')}
      >
        {(list) => (
          <>
            <ul className="card-list card-list--single">
              {list.nodes.map((meeting) => (
                <MeetingRow key={meeting.id} meeting={meeting} />
              ))}
            </ul>
            {list.pageInfo.hasNextPage && (
              <Button busy={loadingMore} onClick={() => void showMore(list.pageInfo.endCursor)}>
                {t('common.loadMore')}
              </Button>
            )}
          </>
        )}
      </QueryResult>
    </section>
  );
}
