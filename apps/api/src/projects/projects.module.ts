import { Module } from '@nestjs/common';
import { OrganisationProjectResolver } from './organisation-project.resolver';
import { ProjectReportsService } from './project-reports.service';
import { ReportReminderJob } from './report-reminder.job';
import { ReportVisibility } from './report-visibility';
import { ProjectReportsResolver, ProjectsResolver } from './projects.resolver';
import { ProjectsService } from './projects.service';
import { ReportRoundArchiveController } from './report-round-archive.controller';

@Module({
  controllers: [ReportRoundArchiveController],
  providers: [
    ProjectsService,
    ProjectReportsService,
    ReportVisibility,
    ReportReminderJob,
    ProjectsResolver,
    ProjectReportsResolver,
    OrganisationProjectResolver,
  ],
  exports: [ProjectsService, ProjectReportsService],
})
export class ProjectsModule {}
