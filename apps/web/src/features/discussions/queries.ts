import { gql, type TypedDocumentNode } from '@apollo/client';
import { POST_FRAGMENT, type PostData } from './postFragment';

/** How many posts one page of a thread holds. */
export const POSTS_PAGE_SIZE = 50;

export interface ThreadFilter {
  themeId?: string;
  meetingId?: string;
  pilotProjectId?: string;
}

export interface ThreadSummaryData {
  id: string;
  title: string;
  postCount: number;
  lastActivityAt: string;
  viewerFollows: boolean;
  author: { id: string; displayName: string };
}

export interface PageInfoData {
  hasNextPage: boolean;
  endCursor: string | null;
}

export const THREADS_QUERY: TypedDocumentNode<
  { threads: { totalCount: number; pageInfo: PageInfoData; nodes: ThreadSummaryData[] } },
  { filter?: ThreadFilter | null; first?: number; after?: string | null }
> = gql`
  query ThreadList($filter: ThreadFilter, $first: Int, $after: String) {
    threads(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
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
    }
  }
`;

export interface ThreadData extends ThreadSummaryData {
  theme: { id: string; title: string } | null;
  meeting: { id: string; title: string } | null;
  pilotProject: { id: string; title: string } | null;
  posts: { totalCount: number; pageInfo: PageInfoData; nodes: PostData[] };
}

export const THREAD_QUERY: TypedDocumentNode<{ thread: ThreadData | null }, { id: string; first: number; after?: string | null }> = gql`
  query ThreadPage($id: ID!, $first: Int!, $after: String) {
    thread(id: $id) {
      id
      title
      postCount
      lastActivityAt
      viewerFollows
      author {
        id
        displayName
      }
      theme {
        id
        title
      }
      meeting {
        id
        title
      }
      pilotProject {
        id
        title
      }
      posts(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          ...ThreadPost_post
        }
      }
    }
  }
  ${POST_FRAGMENT}
`;

export const POST_ADDED_SUBSCRIPTION: TypedDocumentNode<{ postAdded: PostData }, { threadId: string }> = gql`
  subscription PostAdded($threadId: ID!) {
    postAdded(threadId: $threadId) {
      ...ThreadPost_post
    }
  }
  ${POST_FRAGMENT}
`;

export const POST_CHANGED_SUBSCRIPTION: TypedDocumentNode<{ postChanged: PostData }, { threadId: string }> = gql`
  subscription PostChanged($threadId: ID!) {
    postChanged(threadId: $threadId) {
      ...ThreadPost_post
    }
  }
  ${POST_FRAGMENT}
`;
