import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { PubSub, PubSubEngine } from 'graphql-subscriptions';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import Redis from 'ioredis';
import { AppConfig } from '../../config/app-config';

/**
 * The event bus for live updates, injected as PubSubEngine: Redis when REDIS_URL is set (so several API instances
 * deliver each other's events), in-process otherwise.
 */
function createPubSub(config: AppConfig): PubSubEngine {
  if (!config.redisUrl) return new PubSub();
  const options = { maxRetriesPerRequest: null, lazyConnect: false };
  const publisher = new Redis(config.redisUrl, options);
  const subscriber = new Redis(config.redisUrl, options);
  for (const client of [publisher, subscriber]) client.on('error', () => undefined);
  return new RedisPubSub({ publisher, subscriber });
}

@Global()
@Module({
  providers: [{ provide: PubSubEngine, inject: [AppConfig], useFactory: createPubSub }],
  exports: [PubSubEngine],
})
export class PubSubModule implements OnApplicationShutdown {
  constructor(@Inject(PubSubEngine) private readonly pubSub: PubSubEngine) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.pubSub instanceof RedisPubSub) await this.pubSub.close();
  }
}

/** Reachability of the event bus, for /health. */
export async function pubSubIsUp(pubSub: PubSubEngine): Promise<boolean> {
  if (!(pubSub instanceof RedisPubSub)) return true;
  const client = pubSub.getPublisher() as Redis;
  try {
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  }
}
