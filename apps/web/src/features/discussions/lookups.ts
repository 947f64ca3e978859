import { gql, type TypedDocumentNode } from '@apollo/client';

export interface MentionCandidate {
  id: string;
  displayName: string;
  memberships: Array<{ id: string; organisation: { id: string; name: string } }>;
}

export const PEOPLE_QUERY: TypedDocumentNode<{ people: MentionCandidate[] }, { query: string; first?: number }> = gql`
  query MentionCandidates($query: String!, $first: Int) {
    people(query: $query, first: $first) {
      id
      displayName
      memberships {
        id
        organisation {
          id
          name
        }
      }
    }
  }
`;

export const MARKDOWN_PREVIEW_QUERY: TypedDocumentNode<{ markdownPreview: string }, { body: string }> = gql`
  query MarkdownPreview($body: String!) {
    markdownPreview(body: $body)
  }
`;
