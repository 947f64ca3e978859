import { Injectable } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import { JobQueue } from '../jobs/job-queue';
import { ProjectReportsService } from './project-reports.service';

/** Report reminders: a scheduled job, every hour on one replica. Each report is reminded once (reminder_sent_at). */
@Injectable()
export class ReportReminderJob {
  constructor(jobs: JobQueue, reports: ProjectReportsService, logger: PinoLogger) {
    logger.setContext(ReportReminderJob.name);
    jobs.define({
      name: 'report-reminders',
      cron: '0 * * * *',
      handle: async () => {
        const sent = await reports.sendDueReminders(new Date());
        if (sent > 0) logger.info({ sent }, 'Herinneringen voor rapporten verstuurd');
      },
    });
  }
}
