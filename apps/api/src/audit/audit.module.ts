import { Module } from '@nestjs/common';
import { AuditCsvController } from './audit-csv.controller';
import { AuditLogService } from './audit-log.service';
import { AuditResolver } from './audit.resolver';

/** The audit trail's reading side: the admins' log (GraphQL and CSV) and a member's moderation history. */
@Module({
  controllers: [AuditCsvController],
  providers: [AuditLogService, AuditResolver],
})
export class AuditModule {}
