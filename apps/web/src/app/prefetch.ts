import type { ApolloClient } from '@apollo/client';
import { matchPath } from 'react-router';
import { VIEWER_QUERY } from '../features/auth/viewer';
import { POSTS_PAGE_SIZE, THREAD_QUERY } from '../features/discussions/queries';

/**
 * The data of the page being opened, asked for as the app starts rather than once the page renders: members-only
 * pages render after the viewer is known, which would put their own query a round trip later. The page's
 * `useQuery` (same document and variables) joins the request in flight or finds the result in the cache.
 */
const FIRST_PAGE_DATA: Array<{
  path: string;
  request: (params: Record<string, string | undefined>) => Parameters<ApolloClient['query']>[0] | null;
}> = [
  {
    path: '/discussies/:id',
    request: ({ id }) => (id && id !== 'nieuw' ? { query: THREAD_QUERY, variables: { id, first: POSTS_PAGE_SIZE } } : null),
  },
];

export function prefetchFirstPage(client: ApolloClient, pathname: string): void {
  // Every page's frame asks who is signed in.
  void client.query({ query: VIEWER_QUERY }).catch(() => undefined);
  for (const { path, request } of FIRST_PAGE_DATA) {
    const match = matchPath(path, pathname);
    const options = match && request(match.params);
    // A refusal (not signed in) or a failure is the page's to show when it asks itself.
    if (options) void client.query(options).catch(() => undefined);
  }
}
