import { Module } from '@nestjs/common';
import { PersonalDataController } from './personal-data.controller';
import { PersonalDataExportService } from './personal-data-export.service';
import { PersonalDataResolver } from './personal-data.resolver';
import { LeavingResolver } from './leaving.resolver';
import { LeavingService } from './leaving.service';
import { RetentionJob } from './retention.job';
import { RetentionResolver } from './retention.resolver';
import { RetentionService } from './retention.service';

/** What the AVG asks of the platform: a member's own data to download, retention periods applied every night (docs/privacy.md). */
@Module({
  controllers: [PersonalDataController],
  providers: [
    RetentionService,
    RetentionJob,
    RetentionResolver,
    PersonalDataExportService,
    PersonalDataResolver,
    LeavingService,
    LeavingResolver,
  ],
})
export class PrivacyModule {}
