import { Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { TZDate } from '@date-fns/tz';
import { PinoLogger } from 'nestjs-pino';
import { TIME_ZONE } from '@ln/domain';
import { AppConfig } from '../config/app-config';
import { NotificationEmailService } from './notification-email.service';
import { EmailFrequency } from './notification-preference.entity';

const HOUR_MS = 3_600_000;
const DIGEST_HOUR = 7;

/** Daily digests at 07:00 Brussels time, weekly ones on Monday at 07:00. */
@Injectable()
export class NotificationDigestScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly email: NotificationEmailService,
    private readonly config: AppConfig,
    private readonly logger: PinoLogger,
  ) {
    this.logger.setContext(NotificationDigestScheduler.name);
  }

  onApplicationBootstrap(): void {
    if (this.config.nodeEnv === 'test') return; // tests call runNotificationDigests with their own clock
    this.timer = setInterval(() => void this.tick(new Date()), HOUR_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async tick(now: Date): Promise<void> {
    const local = new TZDate(now.getTime(), TIME_ZONE);
    if (local.getHours() !== DIGEST_HOUR) return;
    try {
      await this.email.sendDigests(EmailFrequency.DAILY, now);
      if (local.getDay() === 1) await this.email.sendDigests(EmailFrequency.WEEKLY, now);
    } catch (error) {
      this.logger.error({ err: error }, 'Overzichtsmails versturen mislukt');
    }
  }
}
