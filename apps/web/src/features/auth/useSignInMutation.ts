import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';

/**
 * After signing in or out every cached answer may be wrong (who sees what):
 * empty the cache and refetch what is on screen. A refetch that fails is the
 * page's own error to show, not the sign-in's.
 */
export function useResetApolloStore() {
  const client = useApolloClient();
  return useCallback(async () => {
    await client.resetStore().catch(() => undefined);
  }, [client]);
}

/** A mutation that signs someone in (login, register, accept an invitation): run it, then reset the store. */
export function useSignInMutation<TData, TVariables extends OperationVariables>(document: TypedDocumentNode<TData, TVariables>) {
  const [mutate, { loading }] = useMutation(document);
  const resetStore = useResetApolloStore();
  const run = async (variables: TVariables) => {
    // Apollo's conditional "variables may be optional" type cannot be resolved for a generic TVariables.
    await mutate(...([{ variables }] as unknown as Parameters<typeof mutate>));
    await resetStore();
  };
  return { run, loading };
}
