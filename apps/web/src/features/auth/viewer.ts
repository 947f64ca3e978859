import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { MembershipRequestStatus, NetworkRole, type OrganisationType } from '@ln/domain';

export const VIEWER_FRAGMENT = gql`
  fragment Viewer_user on User {
    id
    displayName
    email
    role
    memberships {
      id
      organisation {
        id
        name
        type
      }
    }
    membershipRequests {
      id
      status
      message
      createdAt
      organisation {
        id
        name
      }
    }
  }
`;

export interface ViewerMembership {
  id: string;
  organisation: { id: string; name: string; type: OrganisationType };
}

export interface ViewerMembershipRequest {
  id: string;
  status: MembershipRequestStatus;
  message: string | null;
  createdAt: string;
  organisation: { id: string; name: string };
}

export interface Viewer {
  id: string;
  displayName: string;
  email: string | null;
  /** null: registered, but no approved membership yet. */
  role: NetworkRole | null;
  memberships: ViewerMembership[];
  membershipRequests: ViewerMembershipRequest[];
}

export const VIEWER_QUERY: TypedDocumentNode<{ viewer: Viewer | null }, Record<string, never>> = gql`
  query Viewer {
    viewer {
      ...Viewer_user
    }
  }
  ${VIEWER_FRAGMENT}
`;

/** The signed-in person (null when anonymous); shared by the header and the pages through the cache. */
export function useViewer() {
  const { data, loading, error, refetch } = useQuery(VIEWER_QUERY);
  return { viewer: data?.viewer ?? null, known: data !== undefined, loading, error, refetch };
}

export function isStaff(role: NetworkRole | null | undefined): boolean {
  return role === NetworkRole.FACILITATOR || role === NetworkRole.ADMIN;
}

export function isMember(viewer: Viewer | null): viewer is Viewer & { role: NetworkRole } {
  return viewer?.role != null;
}

export function hasPendingRequest(viewer: Viewer | null): boolean {
  return !!viewer?.membershipRequests.some((request) => request.status === MembershipRequestStatus.PENDING);
}
