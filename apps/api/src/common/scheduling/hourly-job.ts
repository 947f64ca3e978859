import type { OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config';

const HOUR_MS = 3_600_000;

/**
 * A job that runs every hour while the application is up. Not started under NODE_ENV=test: tests drive jobs with
 * their own clock. Jobs must be safe to run on several replicas at once.
 */
export abstract class HourlyJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;

  protected constructor(private readonly appConfig: AppConfig) {}

  protected abstract tick(now: Date): Promise<void>;

  onApplicationBootstrap(): void {
    if (this.appConfig.nodeEnv === 'test') return;
    this.timer = setInterval(() => void this.tick(new Date()), HOUR_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
