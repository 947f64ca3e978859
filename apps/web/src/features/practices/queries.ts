import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Competence, OrganisationType } from '@ln/domain';

export type PracticeStatus = 'DRAFT' | 'IN_REVIEW' | 'PUBLISHED';
export type Visibility = 'PUBLIC' | 'MEMBERS';

export interface PracticeSummaryData {
  id: string;
  slug: string;
  title: string;
  summary: string;
  status: PracticeStatus;
  visibility: Visibility;
  publishedAt: string | null;
  competences: Competence[];
  organisation: { id: string; name: string; type: OrganisationType } | null;
  theme: { id: string; title: string } | null;
}

export interface PracticeData extends PracticeSummaryData {
  bodyHtml: string;
  links: string[];
  sourcePostId: string | null;
  sourceThreadId: string | null;
  reviewRemark: string | null;
  createdAt: string;
}

const SUMMARY_FIELDS = `
  id slug title summary status visibility publishedAt competences
  organisation { id name type }
  theme { id title }
`;

export interface PracticeFilter {
  themeId?: string | null;
  competence?: Competence | null;
  organisationType?: OrganisationType | null;
  status?: PracticeStatus | null;
}

export const PRACTICES_QUERY: TypedDocumentNode<
  { practices: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: PracticeSummaryData[] } },
  { filter?: PracticeFilter | null; first?: number; after?: string | null }
> = gql`
  query Practices($filter: PracticeFilter, $first: Int, $after: String) {
    practices(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { ${SUMMARY_FIELDS} }
    }
  }
`;

export const PRACTICE_SEARCH_QUERY: TypedDocumentNode<
  { searchResults: Array<{ snippet: string; node: { __typename: 'Practice' } & PracticeSummaryData }> },
  { query: string; first?: number }
> = gql`
  query PracticeSearch($query: String!, $first: Int) {
    searchResults(query: $query, first: $first, types: [PRACTICE]) {
      snippet
      node {
        ... on Practice { ${SUMMARY_FIELDS} }
      }
    }
  }
`;

export const PRACTICE_QUERY: TypedDocumentNode<{ practiceBySlug: PracticeData | null }, { slug: string }> = gql`
  query PracticePage($slug: String!) {
    practiceBySlug(slug: $slug) {
      ${SUMMARY_FIELDS}
      bodyHtml
      links
      sourcePostId
      sourceThreadId
      reviewRemark
      createdAt
    }
  }
`;

export const THEME_OPTIONS_QUERY: TypedDocumentNode<{ themes: { nodes: Array<{ id: string; title: string }> } }, Record<string, never>> = gql`
  query PracticeThemeOptions {
    themes(first: 100, orderBy: RECENT) {
      nodes { id title }
    }
  }
`;

export interface PublishPracticeInput {
  title: string;
  summary: string;
  body: string;
  visibility: Visibility;
  themeId?: string | null;
  organisationId?: string | null;
  sourcePostId?: string | null;
  competences?: Competence[];
  links?: string[];
}

export const PUBLISH_PRACTICE: TypedDocumentNode<{ publishPractice: PracticeData }, { input: PublishPracticeInput }> = gql`
  mutation PublishPractice($input: PublishPracticeInput!) {
    publishPractice(input: $input) {
      ${SUMMARY_FIELDS}
      bodyHtml
      links
      sourcePostId
      sourceThreadId
      reviewRemark
      createdAt
    }
  }
`;

export const REVIEW_PRACTICE: TypedDocumentNode<{ reviewPractice: PracticeSummaryData & { reviewRemark: string | null } }, { practiceId: string; approve: boolean; remark?: string | null }> = gql`
  mutation ReviewPractice($practiceId: ID!, $approve: Boolean!, $remark: String) {
    reviewPractice(practiceId: $practiceId, approve: $approve, remark: $remark) {
      ${SUMMARY_FIELDS}
      reviewRemark
    }
  }
`;
