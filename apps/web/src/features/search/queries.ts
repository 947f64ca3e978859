import { gql, type TypedDocumentNode } from '@apollo/client';

export type SearchType = 'THREAD' | 'POST' | 'THEME' | 'MEETING' | 'PRACTICE' | 'ORGANISATION';
export const SEARCH_TYPES: SearchType[] = ['PRACTICE', 'THEME', 'MEETING', 'ORGANISATION', 'THREAD', 'POST'];

export type SearchNode =
  | { __typename: 'Thread'; id: string; title: string }
  | { __typename: 'Post'; id: string; thread: { id: string; title: string } }
  | { __typename: 'Theme'; id: string; title: string }
  | { __typename: 'Meeting'; id: string; title: string }
  | { __typename: 'Practice'; id: string; slug: string; title: string }
  | { __typename: 'Organisation'; id: string; name: string };

export interface SearchResultData {
  type: SearchType;
  score: number;
  snippet: string;
  node: SearchNode;
}

export const SEARCH_RESULTS_QUERY: TypedDocumentNode<
  { searchResults: SearchResultData[] },
  { query: string; first?: number; offset?: number; types?: SearchType[] | null }
> = gql`
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
`;

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
