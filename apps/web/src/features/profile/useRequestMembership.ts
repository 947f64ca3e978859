import { type Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { getFragmentData, graphql } from '../../gql';

const REQUEST_FIELDS = graphql(`
  fragment RequestMembership_request on MembershipRequest {
    id
    status
    message
    createdAt
    organisation {
      id
      name
    }
  }
`);

export const REQUEST_MEMBERSHIP_MUTATION = graphql(`
  mutation RequestMembership($organisationId: ID!, $message: String) {
    requestMembership(organisationId: $organisationId, message: $message) {
      ...RequestMembership_request
    }
  }
`);

/** Adds the new request to the viewer's own list in the cache (profile and members' area). */
export function useRequestMembership(viewerId: string) {
  const [mutate, { loading }] = useMutation(REQUEST_MEMBERSHIP_MUTATION, {
    update(cache, { data }) {
      const request = data?.requestMembership;
      if (!request) return;
      const ref = cache.writeFragment({ data: getFragmentData(REQUEST_FIELDS, request), fragment: REQUEST_FIELDS });
      cache.modify({
        id: cache.identify({ __typename: 'User', id: viewerId }),
        fields: {
          membershipRequests: (existing: readonly Reference[] = []) =>
            ref && !existing.some((item) => item.__ref === ref.__ref) ? [...existing, ref] : existing,
        },
      });
    },
  });
  return {
    requestMembership: async (organisationId: string, message: string | null) => {
      await mutate({ variables: { organisationId, message } });
    },
    loading,
  };
}
