import { Injectable } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import { JobQueue } from '../jobs/job-queue';
import { RetentionService } from './retention.service';

/** The nightly purge (03:30 Brussels time, one replica). */
@Injectable()
export class RetentionJob {
  constructor(jobs: JobQueue, retention: RetentionService, logger: PinoLogger) {
    logger.setContext(RetentionJob.name);
    jobs.define({
      name: 'retention-purge',
      cron: '30 3 * * *',
      handle: async () => {
        const purged = await retention.purge();
        logger.info(purged, 'Bewaartermijnen toegepast');
      },
    });
  }
}
