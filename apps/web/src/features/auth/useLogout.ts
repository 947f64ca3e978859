import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { useResetApolloStore } from './useSignInMutation';
import { graphql } from '../../gql';

export const LOGOUT_MUTATION = graphql(`
  mutation Logout {
    logout
  }
`);

export const LOGOUT_EVERYWHERE_MUTATION = graphql(`
  mutation LogoutEverywhere {
    logoutEverywhere
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

/** Ends every session of the signed-in person (every device), then as `useLogout`. */
export function useLogoutEverywhere() {
  const [mutate, { loading }] = useMutation(LOGOUT_EVERYWHERE_MUTATION);
  const resetStore = useResetApolloStore();
  const navigate = useNavigate();
  async function logoutEverywhere() {
    await mutate();
    await navigate('/');
    await resetStore();
  }
  return { logoutEverywhere, loading };
}
