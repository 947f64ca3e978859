import type { GraphqlContext } from '../graphql-context';

/** Whether one subscriber may receive one event (decided per event: access can change while subscribed). */
export type LiveFilter<TPayload> = (payload: TPayload, context: GraphqlContext) => boolean | Promise<boolean>;

/**
 * What a subscription resolver returns: the pub/sub channel to follow and who may receive its events. The shared
 * live delivery follows each channel once for all its subscribers, so a subscriber costs an entry in a set, not an
 * iterator chain of its own. It is async-iterable only to satisfy graphql-js; it is never iterated.
 */
export class LiveTopic<TPayload = unknown> implements AsyncIterable<TPayload> {
  constructor(
    readonly channel: string,
    readonly filter?: LiveFilter<TPayload>,
  ) {}

  [Symbol.asyncIterator](): AsyncIterator<TPayload> {
    throw new Error(`LiveTopic ${this.channel} is delivered by LiveDelivery, not iterated`);
  }
}
