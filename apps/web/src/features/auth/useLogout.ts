import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { useResetApolloStore } from './useSignInMutation';
import { graphql } from '../../gql';

export const LOGOUT_MUTATION = graphql(`
  mutation Logout {
    logout
  }
`);

/** Ends the session, leaves members-only pages, then forgets everything cached. */
export function useLogout() {
  const [mutate, { loading }] = useMutation(LOGOUT_MUTATION);
  const resetStore = useResetApolloStore();
  const navigate = useNavigate();
  async function logout() {
    await mutate();
    await navigate('/');
    await resetStore();
  }
  return { logout, loading };
}
