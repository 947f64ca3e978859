import { createSourceEventStream, execute, type ExecutionArgs, type ExecutionResult, type GraphQLError } from 'graphql';
import type { WebSocket } from 'ws';
import type { Viewer } from '../../auth/viewer';
import type { GraphqlContext } from '../graphql-context';
import { ViewerReads } from './viewer-reads';

/** What the WebSocket server knows of one subscription, handed over in its context. */
export interface LiveSubscriber {
  socket: WebSocket;
  /** The client's id of the subscription (graphql-transport-ws). */
  id: string;
  /** The query text and variables: subscribers with the same key run the same document. */
  documentKey: string;
}

interface Subscription {
  subscriber: LiveSubscriber;
  context: GraphqlContext;
  args: ExecutionArgs;
  closed: boolean;
}

interface PendingEvent {
  payload: unknown;
  subscriptions: Subscription[];
}

export interface LiveDeliveryHooks {
  /** Runs one shared execution inside the ORM and logging context an operation needs. */
  run<T>(requestId: string, execution: () => T): T;
  formatError(error: GraphQLError, subscriptionId: string): GraphQLError;
}

const FRAME_PREFIX = '{"id":';
const NEXT_MIDDLE = ',"type":"next","payload":';

/**
 * Live events executed once per distinct (document, variables, locale, what the resolvers read of the viewer) and
 * serialised once; every subscriber that shares it gets the same bytes. Access is still decided per subscriber and per
 * event (the subscription's own filter, batched per event); only the execution after it is shared. Events are
 * delivered in the order they arrive, one batch at a time, so the order per thread is kept.
 */
export class LiveDelivery {
  private pending = new Map<unknown, PendingEvent>();
  private flushScheduled = false;
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly hooks: LiveDeliveryHooks) {}

  /** graphql-ws's `subscribe`: the source stream per subscriber, the execution shared. */
  async subscribe(args: ExecutionArgs): Promise<AsyncGenerator<ExecutionResult> | ExecutionResult> {
    const context = args.contextValue as GraphqlContext;
    const subscriber = context.liveSubscriber;
    if (!subscriber) throw new Error('LiveDelivery.subscribe needs a liveSubscriber in the context');
    const source = await this.hooks.run(context.requestId, () => createSourceEventStream(args));
    if (!isAsyncIterable(source)) return source as ExecutionResult;
    const subscription: Subscription = { subscriber, context, args, closed: false };
    return this.pump(subscription, source);
  }

  private pump(subscription: Subscription, source: AsyncIterable<unknown>): AsyncGenerator<ExecutionResult> {
    const iterator = source[Symbol.asyncIterator]();
    let finish!: () => void;
    const finished = new Promise<IteratorResult<ExecutionResult>>((resolve) => (finish = () => resolve({ done: true, value: undefined })));
    const close = async () => {
      if (subscription.closed) return;
      subscription.closed = true;
      finish();
      await iterator.return?.();
    };
    void (async () => {
      try {
        for (let next = await iterator.next(); !next.done && !subscription.closed; next = await iterator.next()) {
          this.enqueue(subscription, next.value);
        }
      } catch {
        // The source failed (pub/sub gone): end the subscription, the client resubscribes and catches up.
      }
      await close();
    })();
    // graphql-ws awaits next() until the subscription ends; the events themselves are sent by the shared delivery.
    const generator = {
      next: () => finished,
      return: async () => {
        await close();
        return { done: true as const, value: undefined };
      },
      throw: async (error: unknown) => {
        await close();
        throw error;
      },
      [Symbol.asyncIterator]() {
        return generator;
      },
    };
    return generator as unknown as AsyncGenerator<ExecutionResult>;
  }

  private enqueue(subscription: Subscription, payload: unknown): void {
    const key = eventKeyOf(payload);
    let event = this.pending.get(key);
    if (!event) {
      event = { payload, subscriptions: [] };
      this.pending.set(key, event);
    }
    event.subscriptions.push(subscription);
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      // After the current turn: by then every subscriber whose filter passed for this event has joined it.
      setImmediate(() => this.flush());
    }
  }

  private flush(): void {
    this.flushScheduled = false;
    const events = [...this.pending.values()];
    this.pending = new Map();
    this.queue = this.queue.then(async () => {
      for (const event of events) await this.deliver(event);
    });
  }

  private async deliver(event: PendingEvent): Promise<void> {
    const groups = new Map<string, Subscription[]>();
    for (const subscription of event.subscriptions) {
      if (subscription.closed) continue;
      const key = `${subscription.context.locale}\u0000${subscription.context.viewer ? 'viewer' : 'anonymous'}\u0000${subscription.subscriber.documentKey}`;
      const group = groups.get(key);
      if (group) group.push(subscription);
      else groups.set(key, [subscription]);
    }
    for (const group of groups.values()) await this.deliverToGroup(event.payload, group);
  }

  /** One execution serves every subscriber in the group who agrees on what it read of the viewer. */
  private async deliverToGroup(payload: unknown, group: Subscription[]): Promise<void> {
    let remaining = group;
    while (remaining.length > 0) {
      const [first] = remaining;
      const viewer = first.context.viewer;
      const reads = viewer ? new ViewerReads(viewer) : null;
      const body = await this.executeOnce(first, payload, reads?.proxy ?? null);
      const rest: Subscription[] = [];
      for (const subscription of remaining) {
        if (subscription === first || !reads || reads.sameFor(subscription.context.viewer as Viewer)) send(subscription, body);
        else rest.push(subscription);
      }
      remaining = rest;
    }
  }

  private async executeOnce(first: Subscription, payload: unknown, viewer: Viewer | null): Promise<string> {
    const context: GraphqlContext = { requestId: first.context.requestId, viewer, locale: first.context.locale, loaders: new Map() };
    const args: ExecutionArgs = { ...first.args, rootValue: payload, contextValue: context };
    const result = await this.hooks.run(context.requestId, () => execute(args));
    const errors = result.errors?.map((error) => this.hooks.formatError(error, first.subscriber.id));
    return JSON.stringify(errors ? { ...result, errors } : result);
  }
}

function send(subscription: Subscription, body: string): void {
  const { socket, id } = subscription.subscriber;
  if (subscription.closed || socket.readyState !== socket.OPEN) return;
  socket.send(`${FRAME_PREFIX}${JSON.stringify(id)}${NEXT_MIDDLE}${body}}`);
}

/** Events carry an id (one publish, many listeners); without one, the payload object itself is the event. */
function eventKeyOf(payload: unknown): unknown {
  const id = (payload as { eventId?: unknown } | null)?.eventId;
  return typeof id === 'string' ? id : payload;
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof (value as AsyncIterable<unknown> | null)?.[Symbol.asyncIterator] === 'function';
}

