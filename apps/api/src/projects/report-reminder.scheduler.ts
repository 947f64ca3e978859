import { Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import { AppConfig } from '../config/app-config';
import { ProjectReportsService } from './project-reports.service';

const HOUR_MS = 3_600_000;

/** Sends report reminders every hour. Each report is reminded once (reminder_sent_at), so replicas may both run it. */
@Injectable()
export class ReportReminderScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly reports: ProjectReportsService,
    private readonly config: AppConfig,
    private readonly logger: PinoLogger,
  ) {
    this.logger.setContext(ReportReminderScheduler.name);
  }

  onApplicationBootstrap(): void {
    if (this.config.nodeEnv === 'test') return; // tests drive reminders with their own clock (runReportReminders)
    this.timer = setInterval(() => void this.tick(), HOUR_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  private async tick(): Promise<void> {
    try {
      const sent = await this.logger.runInContext(() => this.reports.sendDueReminders(new Date()), { bindings: { job: 'report-reminders' } });
      if (sent > 0) this.logger.info({ sent }, 'Herinneringen voor rapporten verstuurd');
    } catch (error) {
      this.logger.error({ err: error }, 'Herinneringen voor rapporten mislukt');
    }
  }
}
