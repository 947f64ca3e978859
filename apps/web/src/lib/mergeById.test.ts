import { describe, expect, it } from 'vitest';
import { createCache } from '../app/apollo';
import { mergeById, mergePosts } from './mergeById';
import { getFragmentData, makeFragmentData } from '../gql';
import { PostItem_PostFragmentDoc, type ThreadPageQuery } from '../gql/graphql';
import { pageInfoOf, type PageInfo } from './pageInfo';
import { POSTS_PAGE_SIZE, THREAD_QUERY } from '../features/discussions/queries';
import { ThreadRow_thread } from '../features/discussions/ThreadList';
import { postFixture } from '../features/discussions/testPosts';

const idOf = (item: { id: string }) => item.id;

describe('mergeById', () => {
  it('appends what is new and keeps every id once', () => {
    const merged = mergeById([{ id: 'a' }, { id: 'b' }], [{ id: 'b' }, { id: 'c' }, { id: 'c' }], idOf);
    expect(merged.map(idOf)).toEqual(['a', 'b', 'c']);
  });

  it('keeps the place of a known item and takes its newer version', () => {
    const merged = mergeById(
      [
        { id: 'a', v: 1 },
        { id: 'b', v: 1 },
      ],
      [{ id: 'a', v: 2 }],
      idOf,
    );
    expect(merged).toEqual([
      { id: 'a', v: 2 },
      { id: 'b', v: 1 },
    ]);
  });

  it('leaves the inputs alone and handles empty lists', () => {
    const existing = [{ id: 'a' }];
    expect(mergeById(existing, [], idOf)).toEqual(existing);
    expect(mergeById([], existing, idOf)).toEqual(existing);
    expect(existing).toEqual([{ id: 'a' }]);
  });

  it('mergePosts keeps posts oldest first when a live post came before the page before it', () => {
    const live = postFixture('p3', 'u2', 3);
    const page = [postFixture('p2', 'u2', 2), live];
    const merged = mergePosts([postFixture('p1', 'u2', 1), live], page, idOf, (post) => post.createdAt);
    expect(merged.map(idOf)).toEqual(['p1', 'p2', 'p3']);
  });
});

const pageInfoFixture = (endCursor: string | null): PageInfo => ({ __typename: 'PageInfo', hasNextPage: false, endCursor });

function threadWith(nodes: ReturnType<typeof postFixture>[], endCursor: string | null): ThreadPageQuery {
  return {
    thread: {
      ...makeFragmentData(
        {
          __typename: 'Thread',
          id: 't1',
          title: 'Onthaal',
          postCount: nodes.length,
          lastActivityAt: '2026-03-01T10:00:00.000Z',
          viewerFollows: false,
          author: { __typename: 'User', id: 'u2', displayName: 'Persoon u2' },
        },
        ThreadRow_thread,
      ),
      __typename: 'Thread',
      id: 't1',
      theme: null,
      meeting: null,
      pilotProject: null,
      posts: { __typename: 'PostConnection', totalCount: nodes.length, pageInfo: pageInfoFixture(endCursor), nodes },
    },
  };
}

describe('the cache policy for a thread’s posts', () => {
  it('merges what was fetched after a reconnect into the list: each post once, the cursor moved on', () => {
    const cache = createCache();
    const first = { id: 't1', first: POSTS_PAGE_SIZE };
    cache.writeQuery({
      query: THREAD_QUERY,
      variables: first,
      data: threadWith([postFixture('p1', 'u2', 1), postFixture('p2', 'u2', 2)], 'c2'),
    });
    // p3 came live before the connection dropped; p3 and p4 come again with the catch-up.
    cache.writeQuery({
      query: THREAD_QUERY,
      variables: { ...first, after: 'c2' },
      data: threadWith([postFixture('p3', 'u2', 3), postFixture('p4', 'u2', 4)], 'c4'),
    });
    cache.writeQuery({
      query: THREAD_QUERY,
      variables: { ...first, after: 'c2' },
      data: threadWith([postFixture('p3', 'u2', 3), postFixture('p4', 'u2', 4)], 'c4'),
    });

    const posts = cache.readQuery({ query: THREAD_QUERY, variables: first })!.thread!.posts;
    expect(getFragmentData(PostItem_PostFragmentDoc, posts.nodes).map((post) => post.id)).toEqual(['p1', 'p2', 'p3', 'p4']);
    expect(pageInfoOf(posts.pageInfo).endCursor).toBe('c4');
  });

  it('keeps the list’s cursor when a catch-up finds nothing new', () => {
    const cache = createCache();
    const first = { id: 't1', first: POSTS_PAGE_SIZE };
    cache.writeQuery({ query: THREAD_QUERY, variables: first, data: threadWith([postFixture('p1')], 'c1') });
    cache.writeQuery({ query: THREAD_QUERY, variables: { ...first, after: 'c1' }, data: threadWith([], null) });
    const posts = cache.readQuery({ query: THREAD_QUERY, variables: first })!.thread!.posts;
    expect(getFragmentData(PostItem_PostFragmentDoc, posts.nodes).map((post) => post.id)).toEqual(['p1']);
    expect(pageInfoOf(posts.pageInfo).endCursor).toBe('c1');
  });
});
