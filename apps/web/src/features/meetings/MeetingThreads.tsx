import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getFragmentData } from '../../gql';
import { THREADS_QUERY } from '../discussions/queries';
import { ThreadRow_thread } from '../discussions/ThreadList';

/** The threads opened at a meeting, as a plain list for the printed report (members only: the caller checks). */
export function MeetingThreads({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(THREADS_QUERY, { variables: { filter: { meetingId }, first: 100 } });
  const threads = getFragmentData(ThreadRow_thread, data?.threads.nodes) ?? [];
  if (!data) return null;
  if (threads.length === 0) return <p className="muted">{t('meetings.report.noThreads')}</p>;
  return (
    <ul>
      {threads.map((thread) => (
        <li key={thread.id}>
          <Link to={`/discussies/${thread.id}`}>{thread.title}</Link> — {t('discussions.posts', { count: thread.postCount })}
        </li>
      ))}
    </ul>
  );
}
