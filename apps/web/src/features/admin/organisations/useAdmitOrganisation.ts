import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { removeFromRootList } from '../cacheUpdates';

export const ADMIT_ORGANISATION_MUTATION: TypedDocumentNode<
  { admitOrganisation: { id: string; name: string } },
  { organisationId: string }
> = gql`
  mutation AdmitOrganisation($organisationId: ID!) {
    admitOrganisation(organisationId: $organisationId) {
      id
      name
    }
  }
`;

/** Admitted organisations leave the applications list and join the directory (refetched when next shown). */
export function useAdmitOrganisation() {
  const [mutate] = useMutation(ADMIT_ORGANISATION_MUTATION);
  return async (organisationId: string) => {
    await mutate({
      variables: { organisationId },
      update: (cache) => {
        removeFromRootList(cache, 'organisationApplications', organisationId);
        cache.evict({ id: 'ROOT_QUERY', fieldName: 'organisations' });
      },
    });
  };
}
