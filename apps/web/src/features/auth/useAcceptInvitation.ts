import { useSignInMutation } from './useSignInMutation';
import { graphql } from '../../gql';
import type { AcceptInvitationInput } from '../../gql/graphql';

export const ACCEPT_INVITATION_MUTATION = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      viewer {
        id
      }
    }
  }
`);

export function useAcceptInvitation() {
  const { run, loading } = useSignInMutation(ACCEPT_INVITATION_MUTATION);
  return { acceptInvitation: (input: AcceptInvitationInput) => run({ input }), loading };
}
