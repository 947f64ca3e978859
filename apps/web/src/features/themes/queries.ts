import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Competence } from '@ln/domain';

export type ThemeStatus = 'PROPOSED' | 'ADOPTED' | 'ADDRESSED' | 'ARCHIVED';
export const THEME_STATUSES: ThemeStatus[] = ['PROPOSED', 'ADOPTED', 'ADDRESSED', 'ARCHIVED'];
export type ThemeOrder = 'SUPPORT' | 'RECENT';

export interface ThemeData {
  __typename?: 'Theme';
  id: string;
  title: string;
  description: string | null;
  status: ThemeStatus;
  supportCount: number;
  viewerSupports: boolean;
  competences: Competence[];
  createdAt: string;
  collectedAt: { id: string; title: string } | null;
}

export const THEME_FIELDS = gql`
  fragment ThemeFields on Theme {
    id
    title
    description
    status
    supportCount
    viewerSupports
    competences
    createdAt
    collectedAt {
      id
      title
    }
  }
`;

export interface ThemeFilter {
  status?: ThemeStatus | null;
  meetingId?: string | null;
}

export const THEMES_QUERY: TypedDocumentNode<
  { themes: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: ThemeData[] } },
  { filter?: ThemeFilter | null; orderBy?: ThemeOrder; first?: number; after?: string | null }
> = gql`
  query Themes($filter: ThemeFilter, $orderBy: ThemeOrder, $first: Int, $after: String) {
    themes(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...ThemeFields
      }
    }
  }
  ${THEME_FIELDS}
`;

export interface MapPostData {
  id: string;
  bodyHtml: string | null;
  author: { id: string; displayName: string };
  thread: { id: string; title: string };
}

export interface ThemeMapData {
  bottlenecks: MapPostData[];
  levers: MapPostData[];
  goodPractices: MapPostData[];
  solutionStrategies: MapPostData[];
  openBottlenecks: Array<{ id: string }>;
}

const MAP_POST = `id bodyHtml author { id displayName } thread { id title }`;

export const THEME_QUERY: TypedDocumentNode<{ theme: (ThemeData & { map: ThemeMapData }) | null }, { id: string }> = gql`
  query ThemePage($id: ID!) {
    theme(id: $id) {
      ...ThemeFields
      map {
        bottlenecks { ${MAP_POST} }
        levers { ${MAP_POST} }
        goodPractices { ${MAP_POST} }
        solutionStrategies { ${MAP_POST} }
        openBottlenecks { id }
      }
    }
  }
  ${THEME_FIELDS}
`;

export const THEME_CHANGED_SUBSCRIPTION: TypedDocumentNode<{ themeChanged: ThemeData }, { meetingId?: string | null }> = gql`
  subscription ThemeChanged($meetingId: ID) {
    themeChanged(meetingId: $meetingId) {
      ...ThemeFields
    }
  }
  ${THEME_FIELDS}
`;

export const PROPOSE_THEME: TypedDocumentNode<
  { proposeTheme: ThemeData },
  { input: { title: string; description?: string | null; competences?: Competence[]; meetingId?: string | null } }
> = gql`
  mutation ProposeTheme($input: ProposeThemeInput!) {
    proposeTheme(input: $input) {
      ...ThemeFields
    }
  }
  ${THEME_FIELDS}
`;

export const SUPPORT_THEME: TypedDocumentNode<{ supportTheme: ThemeData }, { themeId: string }> = gql`
  mutation SupportTheme($themeId: ID!) {
    supportTheme(themeId: $themeId) {
      ...ThemeFields
    }
  }
  ${THEME_FIELDS}
`;

export const WITHDRAW_THEME_SUPPORT: TypedDocumentNode<{ withdrawThemeSupport: ThemeData }, { themeId: string }> = gql`
  mutation WithdrawThemeSupport($themeId: ID!) {
    withdrawThemeSupport(themeId: $themeId) {
      ...ThemeFields
    }
  }
  ${THEME_FIELDS}
`;

export const SET_THEME_STATUS: TypedDocumentNode<{ setThemeStatus: ThemeData }, { themeId: string; status: ThemeStatus }> = gql`
  mutation SetThemeStatus($themeId: ID!, $status: ThemeStatus!) {
    setThemeStatus(themeId: $themeId, status: $status) {
      ...ThemeFields
    }
  }
  ${THEME_FIELDS}
`;
