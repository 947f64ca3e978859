import { createSourceEventStream, execute, type ExecutionArgs, type ExecutionResult, type GraphQLError } from 'graphql';
import type { PubSubEngine } from 'graphql-subscriptions';
import type { Viewer } from '../../auth/viewer';
import type { GraphqlContext } from '../graphql-context';
import { LiveSubscription } from './live-subscription';
import { LiveTopic } from './live-topic';
import { ViewerReads } from './viewer-reads';

export type { LiveSubscriber } from './live-subscription';

export interface LiveDeliveryHooks {
  /** Runs work for live events (access checks, shared executions) inside the ORM and logging context it needs. */
  run<T>(requestId: string, work: () => T): T;
  formatError(error: GraphQLError, subscriptionId: string): GraphQLError;
  /** A channel could not be followed (pub/sub failed): its subscriptions end and clients resubscribe. */
  channelFailed(channel: string, reason: unknown): void;
}

interface Channel {
  subscriptions: Set<LiveSubscription>;
  pubSubId: Promise<number>;
}

const FRAME_PREFIX = '{"id":';
const NEXT_MIDDLE = ',"type":"next","payload":';

/**
 * Live events, Hasura-style: each pub/sub channel is followed once for all its subscribers; per event, access is
 * decided per subscriber (the topic's filter, batched through the event's loaders), then the event is executed once
 * per distinct (document, variables, locale, what the resolvers read of the viewer), serialised once, and the same
 * bytes go to every socket that shares it. Events are delivered one at a time in the order they arrive, so the
 * order per thread is kept.
 */
export class LiveDelivery {
  private readonly channels = new Map<string, Channel>();
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly pubSub: PubSubEngine,
    private readonly hooks: LiveDeliveryHooks,
  ) {}

  /** graphql-ws's `subscribe`: runs the subscription's resolver (guards, arguments), then joins its channel. */
  async subscribe(args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
    const context = args.contextValue as GraphqlContext;
    const subscriber = context.liveSubscriber;
    if (!subscriber) throw new Error('LiveDelivery.subscribe needs a liveSubscriber in the context');
    const source = await this.hooks.run(context.requestId, () => createSourceEventStream(args));
    if (!(source instanceof LiveTopic)) {
      if ('errors' in (source as ExecutionResult)) return source as ExecutionResult;
      throw new Error('A subscription resolver must return a LiveTopic');
    }
    const subscription = new LiveSubscription(subscriber, context, args, source, (closed) => this.leave(closed));
    this.join(subscription);
    return subscription;
  }

  private join(subscription: LiveSubscription): void {
    const name = subscription.topic.channel;
    let channel = this.channels.get(name);
    if (!channel) {
      const pubSubId = this.pubSub.subscribe(name, (payload: unknown) => this.onEvent(name, payload), {});
      channel = { subscriptions: new Set(), pubSubId };
      this.channels.set(name, channel);
      pubSubId.catch((reason: unknown) => this.fail(name, reason));
    }
    channel.subscriptions.add(subscription);
  }

  private leave(subscription: LiveSubscription): void {
    const name = subscription.topic.channel;
    const channel = this.channels.get(name);
    if (!channel?.subscriptions.delete(subscription) || channel.subscriptions.size > 0) return;
    this.channels.delete(name);
    channel.pubSubId.then((id): unknown => this.pubSub.unsubscribe(id)).catch(() => undefined);
  }

  private fail(name: string, reason: unknown): void {
    const channel = this.channels.get(name);
    if (!channel) return;
    this.channels.delete(name);
    this.hooks.channelFailed(name, reason);
    for (const subscription of channel.subscriptions) subscription.close();
  }

  private onEvent(name: string, payload: unknown): void {
    const subscriptions = this.channels.get(name)?.subscriptions;
    if (!subscriptions || subscriptions.size === 0) return;
    // Access checks start at once (concurrently with the delivery of earlier events); delivery keeps the order.
    const allowed = this.allowed([...subscriptions], payload);
    this.queue = this.queue.then(async () => this.deliver(payload, await allowed)).catch(() => undefined);
  }

  private allowed(subscriptions: LiveSubscription[], payload: unknown): Promise<LiveSubscription[]> {
    return this.hooks.run(`live:${eventKeyOf(payload)}`, async () => {
      const decisions = subscriptions.map((subscription) => {
        const filter = subscription.topic.filter;
        if (!filter) return true;
        try {
          return filter(payload, subscription.context);
        } catch {
          return false;
        }
      });
      const settled = await Promise.all(
        decisions.map((decision) => (decision instanceof Promise ? decision.catch(() => false) : Promise.resolve(decision))),
      );
      return subscriptions.filter((_subscription, index) => settled[index]);
    });
  }

  private async deliver(payload: unknown, subscriptions: LiveSubscription[]): Promise<void> {
    const groups = new Map<string, LiveSubscription[]>();
    for (const subscription of subscriptions) {
      if (subscription.closed) continue;
      const { context } = subscription;
      const key = `${context.locale}\u0000${context.viewer ? 'viewer' : 'anonymous'}\u0000${subscription.subscriber.documentKey}`;
      const group = groups.get(key);
      if (group) group.push(subscription);
      else groups.set(key, [subscription]);
    }
    for (const group of groups.values()) {
      try {
        await this.deliverToGroup(payload, group);
      } catch {
        // One group's failed execution must not hold up the others; its subscribers catch up by cursor.
      }
    }
  }

  /** One execution serves every subscriber in the group who agrees on what it read of the viewer. */
  private async deliverToGroup(payload: unknown, group: LiveSubscription[]): Promise<void> {
    let remaining = group;
    while (remaining.length > 0) {
      const [first] = remaining;
      const viewer = first.context.viewer;
      const reads = viewer ? new ViewerReads(viewer) : null;
      const body = await this.executeOnce(first, payload, reads?.proxy ?? null);
      const rest: LiveSubscription[] = [];
      for (const subscription of remaining) {
        if (subscription === first || !reads || reads.sameFor(subscription.context.viewer as Viewer)) send(subscription, body);
        else rest.push(subscription);
      }
      remaining = rest;
    }
  }

  private async executeOnce(first: LiveSubscription, payload: unknown, viewer: Viewer | null): Promise<string> {
    const context: GraphqlContext = { requestId: first.context.requestId, viewer, locale: first.context.locale, loaders: new Map() };
    const args: ExecutionArgs = { ...first.args, rootValue: payload, contextValue: context };
    const result = await this.hooks.run(context.requestId, () => execute(args));
    const errors = result.errors?.map((error) => this.hooks.formatError(error, first.subscriber.id));
    return JSON.stringify(errors ? { ...result, errors } : result);
  }
}

function send(subscription: LiveSubscription, body: string): void {
  const { socket, id } = subscription.subscriber;
  if (subscription.closed || socket.readyState !== socket.OPEN) return;
  socket.send(`${FRAME_PREFIX}${JSON.stringify(id)}${NEXT_MIDDLE}${body}}`);
}

/** Events carry an id (one publish, many listeners); it names the event's log context. */
function eventKeyOf(payload: unknown): string {
  const id = (payload as { eventId?: unknown } | null)?.eventId;
  return typeof id === 'string' ? id : 'event';
}
