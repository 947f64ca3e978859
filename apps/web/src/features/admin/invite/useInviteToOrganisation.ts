import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';

export const INVITE_TO_ORGANISATION_MUTATION: TypedDocumentNode<
  { inviteToOrganisation: boolean },
  { input: { email: string; organisationId: string } }
> = gql`
  mutation InviteToOrganisation($input: InviteToOrganisationInput!) {
    inviteToOrganisation(input: $input)
  }
`;

export function useInviteToOrganisation() {
  const [mutate] = useMutation(INVITE_TO_ORGANISATION_MUTATION);
  return async (email: string, organisationId: string) => void (await mutate({ variables: { input: { email, organisationId } } }));
}
