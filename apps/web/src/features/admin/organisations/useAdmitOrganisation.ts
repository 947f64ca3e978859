import { useMutation } from '@apollo/client/react';
import { removeFromRootList } from '../cacheUpdates';
import { graphql } from '../../../gql';

export const ADMIT_ORGANISATION_MUTATION = graphql(`
  mutation AdmitOrganisation($organisationId: ID!) {
    admitOrganisation(organisationId: $organisationId) {
      id
      name
    }
  }
`);

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
