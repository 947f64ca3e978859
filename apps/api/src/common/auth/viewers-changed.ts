import type { PubSubEngine } from 'graphql-subscriptions';

/** Published (through Redis when configured) when a person's role or memberships change: cached viewers go stale. */
export const VIEWERS_CHANGED = 'viewers.changed';
export interface ViewersChangedEvent {
  userIds: string[];
}

export function announceViewersChanged(pubSub: PubSubEngine, userIds: string[]): Promise<void> {
  return userIds.length ? pubSub.publish(VIEWERS_CHANGED, { userIds } satisfies ViewersChangedEvent) : Promise.resolve();
}
