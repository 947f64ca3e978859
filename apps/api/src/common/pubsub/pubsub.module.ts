import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { PubSubEngine } from 'graphql-subscriptions';
import { PinoLogger } from 'nestjs-pino';
import { AppConfig } from '../../config/app-config';
import { ResilientPubSub } from './resilient-pubsub';

/**
 * The event bus for live updates, injected as PubSubEngine (and as ResilientPubSub by those who need its state):
 * Redis when REDIS_URL is set (so several API instances deliver each other's events), in-process otherwise.
 */
function createPubSub(config: AppConfig, logger: PinoLogger): ResilientPubSub {
  logger.setContext('PubSub');
  return config.redisUrl ? ResilientPubSub.redis(config.redisUrl, logger) : ResilientPubSub.inProcess(logger);
}

@Global()
@Module({
  providers: [
    { provide: ResilientPubSub, inject: [AppConfig, PinoLogger], useFactory: createPubSub },
    { provide: PubSubEngine, useExisting: ResilientPubSub },
  ],
  exports: [PubSubEngine, ResilientPubSub],
})
export class PubSubModule implements OnApplicationShutdown {
  constructor(@Inject(ResilientPubSub) private readonly pubSub: ResilientPubSub) {}

  async onApplicationShutdown(): Promise<void> {
    await this.pubSub.close();
  }
}
