import { Injectable } from '@nestjs/common';
import { TZDate } from '@date-fns/tz';
import { PinoLogger } from 'nestjs-pino';
import { TIME_ZONE } from '@ln/domain';
import { HourlyJob } from '../common/scheduling/hourly-job';
import { AppConfig } from '../config/app-config';
import { NotificationEmailService } from './notification-email.service';
import { EmailFrequency } from './notification-preference.entity';

const DIGEST_HOUR = 7;

/** Daily digests at 07:00 Brussels time, weekly ones on Monday at 07:00. */
@Injectable()
export class NotificationDigestScheduler extends HourlyJob {
  constructor(
    private readonly email: NotificationEmailService,
    config: AppConfig,
    private readonly logger: PinoLogger,
  ) {
    super(config);
    this.logger.setContext(NotificationDigestScheduler.name);
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
