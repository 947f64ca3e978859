import { lazyModule } from './lazy-module';

/** ioredis, loaded only when REDIS_URL is set (pub/sub, login throttling across instances). */
export const loadRedis = lazyModule(() => (require('ioredis') as typeof import('ioredis')).default);
