import { useQuery } from '@apollo/client/react';
import { MembershipRequestStatus, NetworkRole } from '@ln/domain';
import { getFragmentData, graphql } from '../../gql';
import type { Viewer_UserFragment } from '../../gql/graphql';

export const VIEWER_FRAGMENT = graphql(`
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
`);

/** The signed-in person; `role` null: registered, but no approved membership yet. */
export type Viewer = Viewer_UserFragment;
export type ViewerMembership = Viewer['memberships'][number];

export const VIEWER_QUERY = graphql(`
  query Viewer {
    viewer {
      ...Viewer_user
    }
  }
`);

/** The signed-in person (null when anonymous); shared by the header and the pages through the cache. */
export function useViewer() {
  const { data, loading, error, refetch } = useQuery(VIEWER_QUERY);
  return { viewer: getFragmentData(VIEWER_FRAGMENT, data?.viewer) ?? null, known: data !== undefined, loading, error, refetch };
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
