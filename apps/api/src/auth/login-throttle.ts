import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type Redis from 'ioredis';
import { loadRedis } from '../common/redis-client';
import { AppConfig } from '../config/app-config';
import { rateLimited } from '../common/errors/domain-error';
import { hashPassword, verifyPassword } from '../people/password-hasher';
import { BoundedConcurrency } from '../common/bounded-concurrency';

/**
 * Login throttling per account (failed attempts) and per address (all attempts), shared across API instances
 * through Redis when configured; and a bound on concurrent password hashing.
 */
@Injectable()
export class LoginThrottle implements OnModuleDestroy {
  private readonly perAccount: RateLimiterAbstract;
  private readonly perAddress: RateLimiterAbstract;
  private readonly hashing: BoundedConcurrency;
  private readonly redis?: Redis;

  constructor(config: AppConfig) {
    const { accountMaxFailures, ipMaxAttempts, windowSeconds, hashConcurrency } = config.loginThrottle;
    if (config.redisUrl) {
      const RedisClient = loadRedis();
      this.redis = new RedisClient(config.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
      this.redis.on('error', () => undefined);
      this.perAccount = new RateLimiterRedis({
        storeClient: this.redis,
        keyPrefix: 'ln:login:account',
        points: accountMaxFailures,
        duration: windowSeconds,
        insuranceLimiter: new RateLimiterMemory({ points: accountMaxFailures, duration: windowSeconds }),
      });
      this.perAddress = new RateLimiterRedis({
        storeClient: this.redis,
        keyPrefix: 'ln:login:address',
        points: ipMaxAttempts,
        duration: windowSeconds,
        insuranceLimiter: new RateLimiterMemory({ points: ipMaxAttempts, duration: windowSeconds }),
      });
    } else {
      this.perAccount = new RateLimiterMemory({ points: accountMaxFailures, duration: windowSeconds });
      this.perAddress = new RateLimiterMemory({ points: ipMaxAttempts, duration: windowSeconds });
    }
    this.hashing = new BoundedConcurrency(hashConcurrency, hashConcurrency * 8);
  }

  onModuleDestroy(): void {
    this.redis?.disconnect();
  }

  /** Counts an attempt from this address; refuses when the address or the account is over its limit. */
  async beforeAttempt(email: string, address: string): Promise<void> {
    const account = await this.perAccount.get(email);
    if (account && account.remainingPoints <= 0) throw this.refusal(account);
    try {
      await this.perAddress.consume(address);
    } catch (error) {
      if (error instanceof RateLimiterRes) throw this.refusal(error);
      throw error;
    }
  }

  /** Counts a failed attempt; true when it is the one that locks the account. */
  async failed(email: string): Promise<boolean> {
    const res = await this.perAccount.penalty(email, 1);
    return res.remainingPoints === 0;
  }

  async succeeded(email: string): Promise<void> {
    await this.perAccount.delete(email);
  }

  verify(passwordHash: string, password: string): Promise<boolean> {
    return this.hashing.run(
      () => verifyPassword(passwordHash, password),
      () => rateLimited('busy'),
    );
  }

  hash(password: string): Promise<string> {
    return this.hashing.run(
      () => hashPassword(password),
      () => rateLimited('busy'),
    );
  }

  private refusal(res: RateLimiterRes): Error {
    const minutes = Math.max(1, Math.ceil(res.msBeforeNext / 60_000));
    return rateLimited('loginThrottled', { minutes });
  }
}
