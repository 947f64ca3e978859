import { gql, type TypedDocumentNode } from '@apollo/client';
import { MEETING_ITEM_FRAGMENT, type MeetingItemData } from './MeetingItem';
import { ORGANISATION_ITEM_FRAGMENT, type OrganisationItemData } from './OrganisationItem';

export interface LandingPageData {
  organisations: { totalCount: number };
  meetings: { nodes: MeetingItemData[] };
}

/** The public landing page: the network's next meetings and how many organisations it has. */
export const LANDING_PAGE_QUERY: TypedDocumentNode<LandingPageData, Record<string, never>> = gql`
  query LandingPage {
    organisations(first: 1) {
      totalCount
    }
    meetings(filter: { upcoming: true }, first: 4) {
      nodes {
        ...MeetingItem_meeting
      }
    }
  }
  ${MEETING_ITEM_FRAGMENT}
`;

export interface MembersPageData {
  organisations: { totalCount: number; nodes: OrganisationItemData[] };
}

/** /leden: every organisation of the network, grouped, with the members of each cooperation nested. */
export const MEMBERS_PAGE_QUERY: TypedDocumentNode<MembersPageData, Record<string, never>> = gql`
  query MembersPage {
    organisations(first: 100) {
      totalCount
      nodes {
        ...OrganisationItem_organisation
      }
    }
  }
  ${ORGANISATION_ITEM_FRAGMENT}
`;
