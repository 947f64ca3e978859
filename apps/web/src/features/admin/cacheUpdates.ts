import type { ApolloCache, Reference } from '@apollo/client';

/** Drops an item that was handled (approved, rejected, admitted) from a root list such as `membershipRequests`. */
export function removeFromRootList(cache: ApolloCache, field: string, id: string) {
  cache.modify({
    id: 'ROOT_QUERY',
    fields: {
      [field]: (existing: readonly Reference[] = [], { readField }) => existing.filter((ref) => readField('id', ref) !== id),
    },
  });
}
