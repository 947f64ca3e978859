import { graphql } from '../../gql';

/** How many posts one page of a thread holds. */
export const POSTS_PAGE_SIZE = 50;

export const THREADS_QUERY = graphql(`
  query ThreadList($filter: ThreadFilter, $first: Int, $after: String) {
    threads(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      nodes {
        id
        ...ThreadRow_thread
      }
    }
  }
`);

export const THREAD_QUERY = graphql(`
  query ThreadPage($id: ID!, $first: Int!, $after: String) {
    thread(id: $id) {
      id
      ...ThreadRow_thread
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
          ...PageInfoFields
        }
        nodes {
          ...PostItem_post
        }
      }
    }
  }
`);

export const POST_ADDED_SUBSCRIPTION = graphql(`
  subscription PostAdded($threadId: ID!) {
    postAdded(threadId: $threadId) {
      ...PostItem_post
    }
  }
`);

export const POST_CHANGED_SUBSCRIPTION = graphql(`
  subscription PostChanged($threadId: ID!) {
    postChanged(threadId: $threadId) {
      ...PostItem_post
    }
  }
`);
