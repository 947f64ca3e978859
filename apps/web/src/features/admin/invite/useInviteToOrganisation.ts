import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const INVITE_TO_ORGANISATION_MUTATION = graphql(`
  mutation InviteToOrganisation($input: InviteToOrganisationInput!) {
    inviteToOrganisation(input: $input)
  }
`);

export function useInviteToOrganisation() {
  const [mutate] = useMutation(INVITE_TO_ORGANISATION_MUTATION);
  return async (email: string, organisationId: string) => {
    await mutate({ variables: { input: { email, organisationId } } });
  };
}
