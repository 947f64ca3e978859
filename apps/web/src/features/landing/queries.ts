import { gql, type TypedDocumentNode } from '@apollo/client';
import { MEETING_ITEM_FRAGMENT, type MeetingItemData } from './MeetingItem';
import { ORGANISATION_ITEM_FRAGMENT, type OrganisationItemData } from './OrganisationItem';

export interface LandingPageData {
  organisations: { totalCount: number; nodes: OrganisationItemData[] };
  meetings: { nodes: MeetingItemData[] };
}

/** The public landing page: the network's members and its next meetings. */
export const LANDING_PAGE_QUERY: TypedDocumentNode<LandingPageData, Record<string, never>> = gql`
  query LandingPage {
    organisations(first: 100) {
      totalCount
      nodes {
        ...OrganisationItem_organisation
      }
    }
    meetings(filter: { upcoming: true }, first: 5) {
      nodes {
        ...MeetingItem_meeting
      }
    }
  }
  ${ORGANISATION_ITEM_FRAGMENT}
  ${MEETING_ITEM_FRAGMENT}
`;
