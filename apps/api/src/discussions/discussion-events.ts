import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { PubSubEngine } from 'graphql-subscriptions';

export interface PostEvent {
  eventId: string;
  threadId: string;
  postId: string;
}

export const postAddedChannel = (threadId: string) => `postAdded:${threadId}`;
export const postChangedChannel = (threadId: string) => `postChanged:${threadId}`;

/** Publishes after the change is committed; the payload carries ids only, subscribers load it once per event. */
@Injectable()
export class DiscussionEvents {
  constructor(private readonly pubSub: PubSubEngine) {}

  postAdded(threadId: string, postId: string): Promise<void> {
    return this.pubSub.publish(postAddedChannel(threadId), { eventId: randomUUID(), threadId, postId } satisfies PostEvent);
  }

  postChanged(threadId: string, postId: string): Promise<void> {
    return this.pubSub.publish(postChangedChannel(threadId), { eventId: randomUUID(), threadId, postId } satisfies PostEvent);
  }
}
