import { Global, Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { FileCleanupJob } from './file-cleanup.job';
import { FileStorage } from './file-storage';
import { FilesController } from './files.controller';
import { FilesService } from './files.service';
import { LocalFileStorage } from './local-file-storage';
import { S3FileStorage } from './s3-file-storage';

/** Global: reports, practices, posts and meetings all carry files. Uploads, their storage (local folder or S3), who may read them, and the cleanup of what nothing holds. */
@Global()
@Module({
  controllers: [FilesController],
  providers: [
    {
      provide: FileStorage,
      inject: [AppConfig],
      useFactory: (config: AppConfig): FileStorage =>
        config.files.s3 ? new S3FileStorage(config.files.s3) : new LocalFileStorage(config.files.dir),
    },
    FilesService,
    FileCleanupJob,
  ],
  exports: [FilesService],
})
export class FilesModule {}
