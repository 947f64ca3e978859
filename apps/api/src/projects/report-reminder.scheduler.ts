import { Injectable } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import { HourlyJob } from '../common/scheduling/hourly-job';
import { AppConfig } from '../config/app-config';
import { ProjectReportsService } from './project-reports.service';

/** Sends report reminders every hour. Each report is reminded once (reminder_sent_at), so replicas may both run it. */
@Injectable()
export class ReportReminderScheduler extends HourlyJob {
  constructor(
    private readonly reports: ProjectReportsService,
    config: AppConfig,
    private readonly logger: PinoLogger,
  ) {
    super(config);
    this.logger.setContext(ReportReminderScheduler.name);
  }

  protected async tick(now: Date): Promise<void> {
    try {
      const sent = await this.logger.runInContext(() => this.reports.sendDueReminders(now), { bindings: { job: 'report-reminders' } });
      if (sent > 0) this.logger.info({ sent }, 'Herinneringen voor rapporten verstuurd');
    } catch (error) {
      this.logger.error({ err: error }, 'Herinneringen voor rapporten mislukt');
    }
  }
}
