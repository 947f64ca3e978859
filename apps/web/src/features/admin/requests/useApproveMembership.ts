import { useMutation } from '@apollo/client/react';
import { removeFromRootList } from '../cacheUpdates';
import { graphql } from '../../../gql';

export const APPROVE_MEMBERSHIP_MUTATION = graphql(`
  mutation ApproveMembership($requestId: ID!) {
    approveMembership(requestId: $requestId) {
      id
      organisation {
        id
        name
      }
    }
  }
`);

export function useApproveMembership() {
  const [mutate] = useMutation(APPROVE_MEMBERSHIP_MUTATION);
  return async (requestId: string) => {
    await mutate({ variables: { requestId }, update: (cache) => removeFromRootList(cache, 'membershipRequests', requestId) });
  };
}
