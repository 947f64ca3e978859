import { useApolloClient, useSubscription } from '@apollo/client/react';
import { useRef } from 'react';
import { useOnReconnect } from '../../lib/liveConnection';
import { appendPostToThread } from './mutations';
import { getFragmentData } from '../../gql';
import { PostItem_PostFragmentDoc } from '../../gql/graphql';
import { pageInfoOf, type PageInfo } from '../../lib/pageInfo';
import { POST_ADDED_SUBSCRIPTION, POST_CHANGED_SUBSCRIPTION, POSTS_PAGE_SIZE, THREAD_QUERY } from './queries';

/**
 * Keeps an open thread live: new posts are added to the cached list (the page decides
 * whether they show at once or behind the bar), changed posts update in place through
 * the normalised cache. After a lost connection, what was published meanwhile is
 * fetched from the list's last cursor and merged by id (the cache policy), so every
 * missed post shows exactly once.
 */
export function useThreadLive(threadId: string, pageInfo: PageInfo) {
  const client = useApolloClient();
  const latestPageInfo = useRef(pageInfo);
  latestPageInfo.current = pageInfo;
  const catchingUp = useRef(false);

  useSubscription(POST_ADDED_SUBSCRIPTION, {
    variables: { threadId },
    ignoreResults: true,
    onData: ({ client: { cache }, data }) => {
      const post = data.data?.postAdded;
      if (post) appendPostToThread(cache, threadId, getFragmentData(PostItem_PostFragmentDoc, post));
    },
  });
  // Edits, deletions, hides and reactions: the answer is the post, normalised by id.
  useSubscription(POST_CHANGED_SUBSCRIPTION, { variables: { threadId }, ignoreResults: true });

  async function catchUp() {
    // With more pages still to load, the missed posts come with "more posts".
    if (catchingUp.current || latestPageInfo.current.hasNextPage) return;
    catchingUp.current = true;
    try {
      let after = latestPageInfo.current.endCursor;
      for (;;) {
        const { data } = await client.query({
          query: THREAD_QUERY,
          variables: { id: threadId, first: POSTS_PAGE_SIZE, after },
          fetchPolicy: 'network-only',
        });
        const page = data?.thread?.posts.pageInfo;
        const next = page && pageInfoOf(page);
        if (!next?.hasNextPage || !next.endCursor || next.endCursor === after) break;
        after = next.endCursor;
      }
    } catch {
      // Still offline: the next reconnect tries again.
    } finally {
      catchingUp.current = false;
    }
  }

  useOnReconnect(() => void catchUp());
}
