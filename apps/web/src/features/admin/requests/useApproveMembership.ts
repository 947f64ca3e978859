import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { removeFromRootList } from '../cacheUpdates';

export const APPROVE_MEMBERSHIP_MUTATION: TypedDocumentNode<
  { approveMembership: { id: string; organisation: { id: string; name: string } } },
  { requestId: string }
> = gql`
  mutation ApproveMembership($requestId: ID!) {
    approveMembership(requestId: $requestId) {
      id
      organisation {
        id
        name
      }
    }
  }
`;

export function useApproveMembership() {
  const [mutate] = useMutation(APPROVE_MEMBERSHIP_MUTATION);
  return async (requestId: string) => {
    await mutate({ variables: { requestId }, update: (cache) => removeFromRootList(cache, 'membershipRequests', requestId) });
  };
}
