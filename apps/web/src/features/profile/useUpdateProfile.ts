import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import type { Locale } from '@ln/domain';

export const UPDATE_PROFILE_MUTATION: TypedDocumentNode<
  { updateProfile: { id: string; displayName: string } },
  { input: { displayName: string; locale: Locale } }
> = gql`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      id
      displayName
    }
  }
`;

/** The answer carries the User's id, so the header and pages show the new name at once. */
export function useUpdateProfile() {
  const [mutate, { loading }] = useMutation(UPDATE_PROFILE_MUTATION);
  return {
    updateProfile: async (input: { displayName: string; locale: Locale }) => void (await mutate({ variables: { input } })),
    loading,
  };
}
