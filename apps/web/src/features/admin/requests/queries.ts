import { gql, type TypedDocumentNode } from '@apollo/client';
import type { MembershipRequestStatus } from '@ln/domain';

export interface PendingRequest {
  id: string;
  status: MembershipRequestStatus;
  message: string | null;
  createdAt: string;
  user: { id: string; displayName: string; email: string | null };
  organisation: { id: string; name: string };
}

export const MEMBERSHIP_REQUESTS_QUERY: TypedDocumentNode<{ membershipRequests: PendingRequest[] }, Record<string, never>> = gql`
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
`;
