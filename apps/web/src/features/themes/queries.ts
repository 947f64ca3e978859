import { ThemeOrder, ThemeStatus } from '@ln/domain';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { ThemeFieldsFragment } from '../../gql/graphql';

export type { ThemeFilter } from '../../gql/graphql';
export type ThemeData = ThemeFieldsFragment;

export { ThemeOrder, ThemeStatus };
export const THEME_STATUSES: ThemeStatus[] = [ThemeStatus.PROPOSED, ThemeStatus.ADOPTED, ThemeStatus.ADDRESSED, ThemeStatus.ARCHIVED];

export const THEME_FIELDS = graphql(`
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
`);

/** A theme with its fields unmasked, beside whatever else the query selected (a type cast, as `getFragmentData` is). */
export function themeOf<T extends FragmentType<typeof THEME_FIELDS>>(theme: T): T & ThemeData {
  return getFragmentData(THEME_FIELDS, theme) as T & ThemeData;
}

export const THEMES_QUERY = graphql(`
  query Themes($filter: ThemeFilter, $orderBy: ThemeOrder, $first: Int, $after: String) {
    themes(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      nodes {
        ...ThemeFields
      }
    }
  }
`);

export const THEME_QUERY = graphql(`
  query ThemePage($id: ID!) {
    theme(id: $id) {
      ...ThemeFields
      map {
        ...ThemeMap_map
      }
    }
  }
`);

export const THEME_CHANGED_SUBSCRIPTION = graphql(`
  subscription ThemeChanged($meetingId: ID) {
    themeChanged(meetingId: $meetingId) {
      ...ThemeFields
    }
  }
`);

export const PROPOSE_THEME = graphql(`
  mutation ProposeTheme($input: ProposeThemeInput!) {
    proposeTheme(input: $input) {
      ...ThemeFields
    }
  }
`);

export const SUPPORT_THEME = graphql(`
  mutation SupportTheme($themeId: ID!) {
    supportTheme(themeId: $themeId) {
      ...ThemeFields
    }
  }
`);

export const WITHDRAW_THEME_SUPPORT = graphql(`
  mutation WithdrawThemeSupport($themeId: ID!) {
    withdrawThemeSupport(themeId: $themeId) {
      ...ThemeFields
    }
  }
`);

export const SET_THEME_STATUS = graphql(`
  mutation SetThemeStatus($themeId: ID!, $status: ThemeStatus!) {
    setThemeStatus(themeId: $themeId, status: $status) {
      ...ThemeFields
    }
  }
`);
