import { Injectable } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import { JobQueue } from '../jobs/job-queue';
import { FilesService } from './files.service';

/** Every hour (one replica): uploads never attached within 24 h, and files whose owner is gone, are removed. */
@Injectable()
export class FileCleanupJob {
  constructor(jobs: JobQueue, files: FilesService, logger: PinoLogger) {
    logger.setContext(FileCleanupJob.name);
    jobs.define({
      name: 'files-cleanup',
      cron: '17 * * * *',
      handle: async () => {
        const removed = await files.removeAbandoned(new Date());
        if (removed) logger.info({ removed }, 'Niet gebruikte bestanden verwijderd');
      },
    });
  }
}
