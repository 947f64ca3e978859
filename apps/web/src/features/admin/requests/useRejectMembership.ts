import { useMutation } from '@apollo/client/react';
import { removeFromRootList } from '../cacheUpdates';
import { graphql } from '../../../gql';

export const REJECT_MEMBERSHIP_MUTATION = graphql(`
  mutation RejectMembership($requestId: ID!, $reason: String) {
    rejectMembership(requestId: $requestId, reason: $reason) {
      id
      status
    }
  }
`);

export function useRejectMembership() {
  const [mutate] = useMutation(REJECT_MEMBERSHIP_MUTATION);
  return async (requestId: string, reason: string | null) => {
    await mutate({
      variables: { requestId, reason },
      update: (cache) => removeFromRootList(cache, 'membershipRequests', requestId),
    });
  };
}
