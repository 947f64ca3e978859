import { PubSub, PubSubEngine } from 'graphql-subscriptions';
import type Redis from 'ioredis';
import type { RedisOptions } from 'ioredis';
import { lazyModule } from '../lazy-module';
import { loadRedis } from '../redis-client';

const loadRedisPubSub = lazyModule(
  () => (require('graphql-redis-subscriptions') as typeof import('graphql-redis-subscriptions')).RedisPubSub,
);

/** How long a publish may take before the caller goes on without it (live delivery is best effort). */
export const PUBLISH_TIMEOUT_MS = 500;

export interface PubSubLog {
  warn(details: Record<string, unknown>, message: string): void;
}

type StateListener = (up: boolean) => void;

/**
 * The event bus as the features see it. Publishing never holds up a mutation: it gives up after a short timeout
 * (Redis down, reconnecting) and logs at warn; clients catch up by cursor. Subscriptions survive an outage: the
 * subscriber connection queues its SUBSCRIBE commands and ioredis re-subscribes every channel when it reconnects.
 * `isUp` and `onStateChange` tell those who rely on events (the session cache) when they may have missed some.
 */
export class ResilientPubSub extends PubSubEngine {
  private readonly listeners = new Set<StateListener>();
  private up: boolean;

  private constructor(
    private readonly inner: PubSubEngine,
    private readonly clients: Redis[],
    private readonly log: PubSubLog,
  ) {
    super();
    this.up = clients.every((client) => client.status === 'ready');
    for (const client of clients) {
      client.on('ready', () => this.refresh());
      client.on('close', () => this.refresh());
      client.on('reconnecting', () => this.refresh());
      client.on('end', () => this.refresh());
    }
  }

  static inProcess(log: PubSubLog): ResilientPubSub {
    return new ResilientPubSub(new PubSub(), [], log);
  }

  static redis(url: string, log: PubSubLog): ResilientPubSub {
    const Redis = loadRedis();
    const RedisPubSub = loadRedisPubSub();
    const base: RedisOptions = { lazyConnect: false, retryStrategy: (times) => Math.min(100 * times, 2_000) };
    // Commands of the publisher fail at once while it is not connected, instead of waiting in a queue for ever.
    const publisher = new Redis(url, { ...base, enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2_000 });
    // The subscriber keeps SUBSCRIBE commands until it is connected again (autoResubscribe restores the rest).
    const subscriber = new Redis(url, { ...base, maxRetriesPerRequest: null, autoResubscribe: true, connectTimeout: 2_000 });
    let lastError = '';
    for (const client of [publisher, subscriber]) {
      client.on('error', (error: Error) => {
        if (error.message === lastError) return;
        lastError = error.message;
        log.warn({ reason: error.message }, 'Pub/sub (Redis): verbinding mislukt');
      });
      client.on('ready', () => (lastError = ''));
    }
    return new ResilientPubSub(new RedisPubSub({ publisher, subscriber }), [publisher, subscriber], log);
  }

  get isUp(): boolean {
    return this.up;
  }

  /** Called with false when the bus goes down and with true when it is back; returns a function that stops it. */
  onStateChange(listener: StateListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async publish(triggerName: string, payload: unknown): Promise<void> {
    if (!this.up) {
      this.log.warn({ channel: triggerName }, 'Pub/sub ligt plat: event niet verstuurd');
      return;
    }
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), PUBLISH_TIMEOUT_MS);
    });
    try {
      const outcome = await Promise.race([this.inner.publish(triggerName, payload), timeout]);
      if (outcome === 'timeout') this.log.warn({ channel: triggerName }, 'Pub/sub antwoordt niet: event niet verstuurd');
    } catch (error) {
      this.log.warn(
        { channel: triggerName, reason: error instanceof Error ? error.message : String(error) },
        'Pub/sub: event niet verstuurd',
      );
    } finally {
      clearTimeout(timer);
    }
  }

  subscribe(triggerName: string, onMessage: (...args: never[]) => void, options: object): Promise<number> {
    return this.inner.subscribe(triggerName, onMessage, options);
  }

  unsubscribe(subId: number): void {
    this.inner.unsubscribe(subId);
  }

  /** Is every connection usable? Answers within `timeoutMs` (a PING on the publisher when it looks connected). */
  async check(timeoutMs: number): Promise<boolean> {
    if (this.clients.length === 0) return true;
    if (!this.clients.every((client) => client.status === 'ready')) return false;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    try {
      return await Promise.race([this.clients[0].ping().then((reply: string) => reply === 'PONG'), timeout]);
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
    }
  }

  close(): Promise<void> {
    this.listeners.clear();
    if (this.clients.length > 0) {
      for (const client of this.clients) client.disconnect();
    }
    return Promise.resolve();
  }

  private refresh(): void {
    const up = this.clients.every((client) => client.status === 'ready');
    if (up === this.up) return;
    this.up = up;
    for (const listener of this.listeners) listener(up);
  }
}
