import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { PracticeCard_PracticeFragment, PracticeFieldsFragment } from '../../gql/graphql';
import { withFragment } from '../../lib/withFragment';
import { PracticeCard_practice } from './PracticeCard';

/** A practice as a list shows it (the card's fields). */
export type PracticeSummaryData = PracticeCard_PracticeFragment;
export type PracticeData = PracticeFieldsFragment & PracticeCard_PracticeFragment;
export type { PracticeFilter } from '../../gql/graphql';

export const PRACTICES_QUERY = graphql(`
  query Practices($filter: PracticeFilter, $first: Int, $after: String) {
    practices(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      nodes {
        id
        ...PracticeCard_practice
      }
    }
  }
`);

export const PRACTICE_SEARCH_QUERY = graphql(`
  query PracticeSearch($query: String!, $first: Int) {
    searchResults(query: $query, first: $first, types: [PRACTICE]) {
      snippet
      node {
        ... on Practice {
          id
          ...PracticeCard_practice
        }
      }
    }
  }
`);

/** What a practice's page shows (also the answer of publishing one): the card's fields and the rest. */
export const PRACTICE_FIELDS = graphql(`
  fragment PracticeFields on Practice {
    id
    ...PracticeCard_practice
    bodyHtml
    links
    files {
      ...FileList_file
    }
    sourcePostId
    sourceThreadId
    reviewRemark
    createdAt
  }
`);

/** A practice with all its fields unmasked. */
export function practiceOf(practice: FragmentType<typeof PRACTICE_FIELDS>): PracticeData {
  return withFragment(PracticeCard_practice, getFragmentData(PRACTICE_FIELDS, practice));
}

export const PRACTICE_QUERY = graphql(`
  query PracticePage($slug: String!) {
    practiceBySlug(slug: $slug) {
      ...PracticeFields
    }
  }
`);

export const THEME_OPTIONS_QUERY = graphql(`
  query PracticeThemeOptions {
    themes(first: 100, orderBy: RECENT) {
      nodes {
        id
        title
      }
    }
  }
`);

export const PUBLISH_PRACTICE = graphql(`
  mutation PublishPractice($input: PublishPracticeInput!) {
    publishPractice(input: $input) {
      ...PracticeFields
    }
  }
`);

export const REVIEW_PRACTICE = graphql(`
  mutation ReviewPractice($practiceId: ID!, $approve: Boolean!, $remark: String) {
    reviewPractice(practiceId: $practiceId, approve: $approve, remark: $remark) {
      id
      ...PracticeCard_practice
      reviewRemark
    }
  }
`);
