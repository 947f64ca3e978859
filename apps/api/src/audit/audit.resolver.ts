import { Args, Query, Resolver } from '@nestjs/graphql';
import { NetworkRole } from '@ln/domain';
import { CurrentViewer } from '../common/auth/current-viewer';
import { Roles } from '../common/auth/decorators';
import type { Viewer } from '../common/auth/viewer';
import { decodeOffsetCursor, offsetConnection, PageArgs, pageSize } from '../common/graphql/pagination';
import { AuditEntryConnection, AuditEntryModel, AuditFilter } from './audit.model';
import { AuditLogService } from './audit-log.service';

@Resolver(() => AuditEntryModel)
export class AuditResolver {
  constructor(private readonly log: AuditLogService) {}

  @Roles(NetworkRole.ADMIN)
  @Query(() => AuditEntryConnection, { description: 'Beheerders: het logboek, nieuwste eerst, met filters.' })
  async auditLog(
    @Args() page: PageArgs,
    @Args('filter', { type: () => AuditFilter, nullable: true }) filter: AuditFilter | null,
  ): Promise<AuditEntryConnection> {
    const limit = pageSize(page.first);
    const offset = decodeOffsetCursor(page.after);
    const { entries, total } = await this.log.page(filter ?? {}, limit, offset);
    return offsetConnection(entries, offset, total);
  }

  @Query(() => [AuditEntryModel], { description: 'De moderatie van je eigen bijdragen (verborgen, weer getoond), nieuwste eerst.' })
  myModerationLog(@CurrentViewer() viewer: Viewer): Promise<AuditEntryModel[]> {
    return this.log.moderationOf(viewer.userId);
  }
}
