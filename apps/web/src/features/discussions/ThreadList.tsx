import './discussions.css';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../lib/dateFormat';
import { useLocale } from '../../lib/useLocale';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { QueryResult } from '../../ui/QueryState';
import { hasActivitySince, readLastSeen } from './lastSeen';
import { THREADS_QUERY } from './queries';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import type { ThreadFilter } from '../../gql/graphql';
import { pageInfoOf } from '../../lib/pageInfo';
import { ButtonLink } from '../../ui/Button';

const PAGE_SIZE = 20;

/** /discussies/nieuw with the thread's subject (theme, meeting or project) in the query string. */
export function newThreadPath(filter: ThreadFilter = {}): string {
  const params = new URLSearchParams(Object.entries(filter).filter((entry): entry is [string, string] => !!entry[1]));
  const query = params.toString();
  return query ? `/discussies/nieuw?${query}` : '/discussies/nieuw';
}

export const ThreadRow_thread = graphql(`
  fragment ThreadRow_thread on Thread {
    id
    title
    postCount
    lastActivityAt
    viewerFollows
    author {
      id
      displayName
    }
  }
`);

function ThreadRow({ headingLevel, ...props }: { thread: FragmentType<typeof ThreadRow_thread>; headingLevel: 2 | 3 }) {
  const thread = getFragmentData(ThreadRow_thread, props.thread);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const { t } = useTranslation();
  const locale = useLocale();
  const fresh = hasActivitySince(thread.lastActivityAt, readLastSeen(thread.id));
  return (
    <li className="thread-row">
      <Heading className="thread-row__title">
        <Link to={`/discussies/${thread.id}`}>{thread.title}</Link>
      </Heading>
      <p className="thread-row__meta">
        {fresh && <Badge tone="info">{t('discussions.newActivity')}</Badge>}{' '}
        {thread.viewerFollows && <Badge tone="neutral">{t('discussions.following')}</Badge>}{' '}
        <span>{t('discussions.by', { name: thread.author.displayName })}</span>
        {' · '}
        <span>{t('discussions.posts', { count: thread.postCount })}</span>
        {' · '}
        <span>
          {t('discussions.lastActivity')}: <time dateTime={thread.lastActivityAt}>{formatDateTime(thread.lastActivityAt, locale)}</time>
        </span>
      </p>
    </li>
  );
}

/**
 * Threads, most recent activity first, marked when there is activity since the last
 * visit. Reused by the project, theme and meeting pages with their `filter`; the
 * link starts a new thread about the same subject.
 */
export function ThreadList({
  filter,
  showStart = true,
  headingLevel = 3,
}: {
  filter?: ThreadFilter;
  showStart?: boolean;
  /** 2 on /discussies (right under the h1), 3 inside a page's section. */
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation();
  const variables = { filter: filter ?? null, first: PAGE_SIZE };
  const { data, error, refetch, fetchMore } = useQuery(THREADS_QUERY, { variables, fetchPolicy: 'cache-and-network' });
  const [loadingMore, setLoadingMore] = useState(false);

  async function showMore(after: string | null) {
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { ...variables, after } });
    } finally {
      setLoadingMore(false);
    }
  }

  return (
    <div className="thread-list">
      {showStart && (
        <p>
          <ButtonLink to={newThreadPath(filter)} variant="primary">
            {t('discussions.start')}
          </ButtonLink>
        </p>
      )}
      <QueryResult
        data={data?.threads}
        error={error}
        onRetry={refetch}
        isEmpty={(threads) => threads.nodes.length === 0}
        empty={t('discussions.empty')}
      >
        {(threads) => (
          <>
            <p className="muted">{t('discussions.count', { count: threads.totalCount })}</p>
            <ul className="plain-list">
              {threads.nodes.map((thread) => (
                <ThreadRow key={thread.id} thread={thread} headingLevel={headingLevel} />
              ))}
            </ul>
            {pageInfoOf(threads.pageInfo).hasNextPage && (
              <Button busy={loadingMore} onClick={() => void showMore(pageInfoOf(threads.pageInfo).endCursor)}>
                {t('common.loadMore')}
              </Button>
            )}
          </>
        )}
      </QueryResult>
    </div>
  );
}
