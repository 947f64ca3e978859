import { Module } from '@nestjs/common';
import { ProjectReportsService } from './project-reports.service';
import { ReportReminderScheduler } from './report-reminder.scheduler';
import { ProjectReportsResolver, ProjectsResolver } from './projects.resolver';
import { ProjectsService } from './projects.service';

@Module({
  providers: [ProjectsService, ProjectReportsService, ReportReminderScheduler, ProjectsResolver, ProjectReportsResolver],
  exports: [ProjectsService],
})
export class ProjectsModule {}
