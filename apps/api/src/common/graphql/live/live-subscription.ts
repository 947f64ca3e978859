import type { ExecutionArgs, ExecutionResult } from 'graphql';
import type { WebSocket } from 'ws';
import type { GraphqlContext } from '../graphql-context';
import type { LiveTopic } from './live-topic';

/** What the WebSocket server knows of one subscription, handed over in its context. */
export interface LiveSubscriber {
  socket: WebSocket;
  /** The client's id of the subscription (graphql-transport-ws). */
  id: string;
  /** The query text and variables: subscribers with the same key run the same document. */
  documentKey: string;
}

const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

/**
 * One live subscription: what the shared delivery needs to filter and group it, and the iterator graphql-ws holds
 * until the subscription ends (its `next()` resolves only then: events are sent by the delivery, not through it).
 */
export class LiveSubscription implements AsyncIterableIterator<ExecutionResult> {
  closed = false;
  private readonly ended: Promise<IteratorResult<ExecutionResult>>;
  private end!: () => void;

  constructor(
    readonly subscriber: LiveSubscriber,
    readonly context: GraphqlContext,
    readonly args: ExecutionArgs,
    readonly topic: LiveTopic,
    private readonly onClose: (subscription: LiveSubscription) => void,
  ) {
    this.ended = new Promise((resolve) => (this.end = () => resolve(DONE)));
  }

  next(): Promise<IteratorResult<ExecutionResult>> {
    return this.ended;
  }

  return(): Promise<IteratorResult<ExecutionResult>> {
    this.close();
    return Promise.resolve(DONE);
  }

  throw(error: unknown): Promise<IteratorResult<ExecutionResult>> {
    this.close();
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  /** Ends the subscription: no more events, and graphql-ws's loop over it finishes. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.end();
    this.onClose(this);
  }
}
