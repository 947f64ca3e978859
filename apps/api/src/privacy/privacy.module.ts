import { Module } from '@nestjs/common';
import { RetentionJob } from './retention.job';
import { RetentionResolver } from './retention.resolver';
import { RetentionService } from './retention.service';

/** What the AVG asks of the platform: retention periods applied every night (docs/privacy.md). */
@Module({
  providers: [RetentionService, RetentionJob, RetentionResolver],
})
export class PrivacyModule {}
