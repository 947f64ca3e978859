import { graphql } from '../../gql';

/** What a member's home shows beside the notifications (those come from the bell's query, kept live by it). */
export const MEMBER_HOME_QUERY = graphql(`
  query MemberHome {
    meetings(filter: { upcoming: true }, first: 5) {
      nodes {
        id
        title
        startsAt
        viewerRegistration
      }
    }
    themes(filter: { supportedByViewer: true }, first: 10) {
      nodes {
        id
        title
        status
      }
    }
    pilotProjects {
      id
      title
      viewerCanSubmit
      reports {
        id
        kind
        dueOn
        status
      }
    }
    practices(first: 3) {
      nodes {
        id
        slug
        title
      }
    }
  }
`);
