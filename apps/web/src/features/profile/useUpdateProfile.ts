import { useMutation } from '@apollo/client/react';
import type { Locale } from '@ln/domain';
import { graphql } from '../../gql';

export const UPDATE_PROFILE_MUTATION = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      id
      displayName
    }
  }
`);

/** The answer carries the User's id, so the header and pages show the new name at once. */
export function useUpdateProfile() {
  const [mutate, { loading }] = useMutation(UPDATE_PROFILE_MUTATION);
  return {
    updateProfile: async (input: { displayName: string; locale: Locale }) => {
      await mutate({ variables: { input } });
    },
    loading,
  };
}
