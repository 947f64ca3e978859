import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { removeFromRootList } from '../cacheUpdates';

export const REJECT_MEMBERSHIP_MUTATION: TypedDocumentNode<
  { rejectMembership: { id: string; status: string } },
  { requestId: string; reason: string | null }
> = gql`
  mutation RejectMembership($requestId: ID!, $reason: String) {
    rejectMembership(requestId: $requestId, reason: $reason) {
      id
      status
    }
  }
`;

export function useRejectMembership() {
  const [mutate] = useMutation(REJECT_MEMBERSHIP_MUTATION);
  return async (requestId: string, reason: string | null) => {
    await mutate({
      variables: { requestId, reason },
      update: (cache) => removeFromRootList(cache, 'membershipRequests', requestId),
    });
  };
}
