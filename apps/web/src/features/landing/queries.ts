import { graphql } from '../../gql';

/** The public landing page: the network's next meetings and how many organisations it has. */
export const LANDING_PAGE_QUERY = graphql(`
  query LandingPage {
    organisations(first: 1) {
      totalCount
    }
    meetings(filter: { upcoming: true }, first: 4) {
      nodes {
        id
        ...MeetingItem_meeting
      }
    }
  }
`);

/** /leden: every organisation of the network, grouped, with the members of each cooperation nested. */
export const MEMBERS_PAGE_QUERY = graphql(`
  query MembersPage {
    organisations(first: 100) {
      totalCount
      nodes {
        ...OrganisationItem_organisation
      }
    }
  }
`);
