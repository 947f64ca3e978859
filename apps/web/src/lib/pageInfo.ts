import { graphql, getFragmentData, type FragmentType } from '../gql';
import type { PageInfoFieldsFragment } from '../gql/graphql';

/** Where a page of a list ends and whether more follows; every paginated list asks for it. */
export const PageInfoFields = graphql(`
  fragment PageInfoFields on PageInfo {
    hasNextPage
    endCursor
  }
`);

export type PageInfo = PageInfoFieldsFragment;

/** The page info of a list (a pure type cast: Apollo does not mask data here). */
export function pageInfoOf(pageInfo: FragmentType<typeof PageInfoFields>): PageInfo {
  return getFragmentData(PageInfoFields, pageInfo);
}
