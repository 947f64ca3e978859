import { graphql } from '../../gql';
import type { SearchResultsQuery, SearchType } from '../../gql/graphql';

export type { SearchType };
export const SEARCH_TYPES: SearchType[] = ['PRACTICE', 'THEME', 'MEETING', 'ORGANISATION', 'THREAD', 'POST'];

export type SearchResultData = SearchResultsQuery['searchResults'][number];
export type SearchNode = SearchResultData['node'];

export const SEARCH_RESULTS_QUERY = graphql(`
  query SearchResults($query: String!, $first: Int, $offset: Int, $types: [SearchType!]) {
    searchResults(query: $query, first: $first, offset: $offset, types: $types) {
      type
      score
      snippet
      node {
        ... on Thread {
          id
          title
        }
        ... on Post {
          id
          thread {
            id
            title
          }
        }
        ... on Theme {
          id
          title
        }
        ... on Meeting {
          id
          title
        }
        ... on Practice {
          id
          slug
          title
        }
        ... on Organisation {
          id
          name
        }
      }
    }
  }
`);

/** Where a hit leads, and what it is called. */
export function linkOf(node: SearchNode): { to: string; label: string } {
  switch (node.__typename) {
    case 'Thread':
      return { to: `/discussies/${node.id}`, label: node.title };
    case 'Post':
      return { to: `/discussies/${node.thread.id}#bijdrage-${node.id}`, label: node.thread.title };
    case 'Theme':
      return { to: `/themas/${node.id}`, label: node.title };
    case 'Meeting':
      return { to: `/ontmoetingsmomenten/${node.id}`, label: node.title };
    case 'Practice':
      return { to: `/praktijken/${node.slug}`, label: node.title };
    case 'Organisation':
      return { to: `/organisaties/${node.id}`, label: node.name };
  }
}
