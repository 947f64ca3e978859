import { graphql } from '../../gql';

export const PEOPLE_QUERY = graphql(`
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
`);

export const MARKDOWN_PREVIEW_QUERY = graphql(`
  query MarkdownPreview($body: String!) {
    markdownPreview(body: $body)
  }
`);
