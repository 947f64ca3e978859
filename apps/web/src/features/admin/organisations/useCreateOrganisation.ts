import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { CreateOrganisationInput } from '../../../gql/graphql';

export const CREATE_ORGANISATION_MUTATION = graphql(`
  mutation CreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      id
      name
    }
  }
`);

/** A new organisation changes every organisations list: they are refetched when next shown. */
export function useCreateOrganisation() {
  const [mutate] = useMutation(CREATE_ORGANISATION_MUTATION, {
    update: (cache) => void cache.evict({ id: 'ROOT_QUERY', fieldName: 'organisations' }),
  });
  return async (input: CreateOrganisationInput) => (await mutate({ variables: { input } })).data?.createOrganisation;
}
