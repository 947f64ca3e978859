import { useSignInMutation } from './useSignInMutation';
import { graphql } from '../../gql';
import type { RegisterInput } from '../../gql/graphql';

export type { RegisterInput };

export const REGISTER_MUTATION = graphql(`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      viewer {
        id
      }
    }
  }
`);

/** Creates the account (signed in at once, by cookie) and, with an organisation, a membership request. */
export function useRegister() {
  const { run, loading } = useSignInMutation(REGISTER_MUTATION);
  return { register: (input: RegisterInput) => run({ input }), loading };
}
