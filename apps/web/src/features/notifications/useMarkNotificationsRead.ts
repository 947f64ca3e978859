import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

export const MARK_NOTIFICATIONS_READ_MUTATION = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);

/**
 * Marks the given notifications read, or all of them (no `ids`). The bell shows it at
 * once (optimistic): `shown` are the notifications on screen, the unread count drops.
 */
export function useMarkNotificationsRead() {
  const [mutate] = useMutation(MARK_NOTIFICATIONS_READ_MUTATION);
  return async ({ ids, shown }: { ids?: string[]; shown: string[] }) => {
    const now = new Date().toISOString();
    const marked = ids ?? shown;
    await mutate({
      variables: { ids: ids ?? null },
      optimisticResponse: { markNotificationsRead: marked.length },
      update(cache) {
        cache.modify({
          id: 'ROOT_QUERY',
          fields: { unreadNotificationCount: (count: number) => (ids ? Math.max(0, count - ids.length) : 0) },
        });
        for (const id of marked) {
          cache.modify({
            id: cache.identify({ __typename: 'Notification', id }),
            fields: { readAt: (readAt: string | null) => readAt ?? now },
          });
        }
      },
    });
  };
}
