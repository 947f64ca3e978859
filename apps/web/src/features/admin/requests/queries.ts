import { graphql } from '../../../gql';
import type { AdminMembershipRequestsQuery } from '../../../gql/graphql';

export type PendingRequest = AdminMembershipRequestsQuery['membershipRequests'][number];

export const MEMBERSHIP_REQUESTS_QUERY = graphql(`
  query AdminMembershipRequests {
    membershipRequests {
      id
      status
      message
      createdAt
      user {
        id
        displayName
        email
      }
      organisation {
        id
        name
      }
    }
  }
`);
