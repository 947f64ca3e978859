import { useSignInMutation } from './useSignInMutation';
import { graphql } from '../../gql';

// The token in the payload is for API clients; the web app relies on the httpOnly
// cookie the API sets, so it does not even ask for the token.
export const LOGIN_MUTATION = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      viewer {
        id
      }
    }
  }
`);

export function useLogin() {
  const { run, loading } = useSignInMutation(LOGIN_MUTATION);
  return { login: (email: string, password: string) => run({ email: email.trim(), password }), loading };
}
