import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

export const REQUEST_PASSWORD_RESET_MUTATION = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

export const RESET_PASSWORD_MUTATION = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input)
  }
`);

/** Sends a reset link if the address is known; the answer is the same either way. */
export function useRequestPasswordReset() {
  const [mutate, { loading }] = useMutation(REQUEST_PASSWORD_RESET_MUTATION);
  return {
    requestPasswordReset: async (email: string) => {
      await mutate({ variables: { email: email.trim() } });
    },
    loading,
  };
}

export function useResetPassword() {
  const [mutate, { loading }] = useMutation(RESET_PASSWORD_MUTATION);
  return {
    resetPassword: async (token: string, password: string) => {
      await mutate({ variables: { input: { token, password } } });
    },
    loading,
  };
}
